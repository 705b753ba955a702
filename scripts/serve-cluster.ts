import { parseArgs } from "node:util";
import { startCluster } from "./lib/cluster";
import { freePort } from "./lib/postgres";

// `npm run start:cluster`: the production build as it runs on several servers, on one machine —
// two app instances and the worker behind nginx on --port (default 3000), each instance on a
// free loopback port of its own. Needs the same environment as `npm start` and a `next build`.
// `--no-worker` leaves the worker out (the e2e runner starts its own). SIGTERM or Ctrl-C stops it
// all gracefully: nginx finishes what it proxies, instances drain, the worker releases its leases.

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    instances: { type: "string", default: "2" },
    "no-worker": { type: "boolean", default: false },
  },
});
const proxyPort = Number(values.port ?? process.env.PORT ?? 3000);
const instancePorts = await Promise.all(Array.from({ length: Number(values.instances) }, () => freePort()));

const cluster = await startCluster({ proxyPort, instancePorts, env: process.env, worker: !values["no-worker"] });
console.log(`Fieldnotes cluster listening on ${cluster.url}: ${cluster.instances.map((i) => i.url).join(", ")}`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await cluster.stop();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
