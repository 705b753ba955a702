import "./lib/production-mode";
import { env, loadEnv } from "~/env";
import { startAppWorker } from "~/server/worker/root";

// `npm run worker`: the background process that sends the email outbox and runs queued jobs.
// Stateless; run one or many beside the web servers, all pointed at the same DATABASE_URL.
loadEnv();
const worker = await startAppWorker({
  databaseUrl: env.DATABASE_URL,
  leaseSeconds: env.EMAIL_LEASE_SECONDS,
});

/** stop() waits for sends in flight (each bounded by its SMTP timeouts); past this, exit anyway. */
const SHUTDOWN_DEADLINE_MS = 30_000;
let stopping = false;

// Exit 0 once the worker has stopped and released what it held; 1 if stopping failed or overran,
// so a supervisor can tell a clean stop from one whose leases must expire on their own.
async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  console.log(`[email-worker] ${signal}: stopping`);
  setTimeout(() => {
    console.error(`[email-worker] did not stop within ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  try {
    await worker.stop();
    process.exit(0);
  } catch (error) {
    console.error("[email-worker] stopping failed:", error);
    process.exit(1);
  }
}
process.on("SIGINT", (signal) => void shutdown(signal));
process.on("SIGTERM", (signal) => void shutdown(signal));
