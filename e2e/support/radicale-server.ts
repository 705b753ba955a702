import { startRadicale } from "../../scripts/lib/radicale";
import { E2E_RADICALE } from "./radicale";

// Run by playwright.config.ts as a web server beside `next start`: the real CalDAV server a coach connects in
// e2e/calendars.spec.ts, with its account and the "Work" calendar in place before the tests start.
const radicale = await startRadicale({
  port: E2E_RADICALE.port,
  username: E2E_RADICALE.username,
  password: E2E_RADICALE.password,
});
await radicale.createCalendar(E2E_RADICALE.calendar.slug, { displayName: E2E_RADICALE.calendar.displayName });
console.log(`Radicale ready on ${radicale.url}`);
const stop = () => void radicale.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
