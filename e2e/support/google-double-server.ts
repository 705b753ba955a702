import { startGoogleDouble } from "../../src/test/google-double";
import { E2E_GOOGLE } from "./google";

// Run by playwright.config.ts as a web server beside `next start`: the local Google whose consent page a coach
// passes through in e2e/calendars-google.spec.ts, and whose free/busy the app and the worker then read.
const double = await startGoogleDouble({
  port: E2E_GOOGLE.port,
  clientId: E2E_GOOGLE.clientId,
  clientSecret: E2E_GOOGLE.clientSecret,
  email: E2E_GOOGLE.email,
});
console.log(`Google double on ${double.baseUrl}`);
const stop = () => void double.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
