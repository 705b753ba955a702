import http from "node:http";
import { performance } from "node:perf_hooks";
import { addDays, localDateOf } from "~/lib/time-zones";
import { ms, percentile } from "./bench-stats";

const ZONE = "Europe/London";
const IN_FLIGHT = 16;
const WARM_UP_MS = 3_000;
const MEASURE_MS = 10_000;
// The public API allows 120 reads a minute per client address (PUBLIC_READ_LIMIT). Each simulated visitor
// makes at most this many requests from its own loopback address (127.1.x.y), so none is ever throttled:
// the figure is many visitors' worth of full requests, not 429s. Any 429 that does happen is counted.
const REQUESTS_PER_VISITOR = 100;

/** Requests per second of the public slots endpoint on a running server, 31 days from tomorrow. */
export async function benchSlotsApi(port: number) {
  const from = addDays(localDateOf(new Date(), ZONE), 1);
  const path =
    `/api/public/practices/northstar/coaches/maya-chen/slots` +
    `?from=${from}&to=${addDays(from, 30)}&timeZone=${encodeURIComponent(ZONE)}`;
  const sample = await get(port, path);
  if (sample.status !== 200) throw new Error(`GET ${path} answered ${sample.status}: ${sample.body}`);
  const slots = (JSON.parse(sample.body) as { slots: unknown[] }).slots.length;

  const distinct = await canBindLoopback(port);
  const visitors = visitorAddresses(distinct);
  await drive(port, path, WARM_UP_MS, visitors);
  const { outcomes: run, seconds } = await drive(port, path, MEASURE_MS, visitors);

  const latencies = run.map((r) => r.ms);
  console.log(`\nPublic slots API: GET …/slots for ${from} + 30 days (${slots} slots), ${IN_FLIGHT} in flight,`);
  console.log(`${MEASURE_MS / 1000} s after a ${WARM_UP_MS / 1000} s warm-up, keep-alive, ${addressNote(distinct)}`);
  console.log(["requests", "requests/s", "p50", "p95", "non-200", "of which 429"].map((h) => h.padStart(12)).join(" "));
  console.log(
    [
      String(run.length),
      (run.length / seconds).toFixed(0),
      ms(percentile(latencies, 50), 1),
      ms(percentile(latencies, 95), 1),
      String(run.filter((r) => r.status !== 200).length),
      String(run.filter((r) => r.status === 429).length),
    ]
      .map((cell) => cell.padStart(12))
      .join(" "),
  );
}

interface Outcome {
  status: number;
  ms: number;
}

/** IN_FLIGHT workers, each one visitor after another with its own keep-alive connection, until the time is up. */
async function drive(port: number, path: string, durationMs: number, nextVisitor: () => string | undefined) {
  const outcomes: Outcome[] = [];
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const localAddress = nextVisitor();
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      for (let i = 0; i < REQUESTS_PER_VISITOR && performance.now() < deadline; i++) {
        const at = performance.now();
        const { status } = await get(port, path, agent, localAddress);
        outcomes.push({ status, ms: performance.now() - at });
      }
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { outcomes, seconds: (performance.now() - started) / 1000 };
}

function get(port: number, path: string, agent?: http.Agent, localAddress?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, agent, localAddress }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

/** 127.1.0.1, 127.1.0.2, … — or, where only 127.0.0.1 exists (macOS), no distinct address at all. */
function visitorAddresses(distinct: boolean): () => string | undefined {
  let n = 0;
  return () => {
    n++;
    return distinct ? `127.1.${Math.floor(n / 250) % 256}.${(n % 250) + 1}` : undefined;
  };
}

async function canBindLoopback(port: number) {
  try {
    await get(port, "/signin", undefined, "127.2.0.1");
    return true;
  } catch {
    return false;
  }
}

function addressNote(distinct: boolean) {
  return distinct
    ? `a new client address every ${REQUESTS_PER_VISITOR} requests`
    : "one client address (this OS has no 127.0.0.0/8 loopback, so the rate limit applies)";
}
