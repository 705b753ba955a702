import { env, loadEnv } from "~/env";
import { startAppWorker } from "~/server/worker/root";

// `npm run worker`: the background process that sends the email outbox and runs queued jobs.
// Stateless; run one or many beside the web servers, all pointed at the same DATABASE_URL.
loadEnv();
const worker = await startAppWorker({
  databaseUrl: env.DATABASE_URL,
  leaseSeconds: env.EMAIL_LEASE_SECONDS,
});

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
