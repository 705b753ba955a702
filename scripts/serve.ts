import "./lib/production-mode";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { markPeerAddressRecorded, PEER_ADDRESS_HEADER } from "~/server/http/peer-address";

// `npm start`: the production web server, `next start` plus one thing. Next.js keeps an
// X-Forwarded-For header a client sent, so with no proxy in front a client could pick its own
// rate-limit key. This server writes the socket's remote address into a header of its own on
// every request (overwriting anything a client sent under that name), and marks the process so
// that the app trusts that header only here (src/server/http/rate-limit.ts, clientAddress).

const { values } = parseArgs({ options: { port: { type: "string", short: "p" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);

const { default: next } = await import("next");
const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();
markPeerAddressRecorded();

// Next.js answers 500 for a dynamic segment that is not valid percent-encoding (vercel/next.js#92527).
const decodable = (url: string) => {
  try {
    decodeURIComponent(url.split("?")[0]!);
    return true;
  } catch {
    return false;
  }
};

/** Set on SIGTERM: from then on this instance tells its proxy to send requests elsewhere. */
let draining = false;

const server = createServer((req, res) => {
  if (draining) {
    // A keep-alive connection from a proxy outlives server.close(); closing it after this answer
    // makes the proxy open its next connection to an instance that still listens.
    res.setHeader("Connection", "close");
    if (req.url?.split("?")[0] === "/api/ready") {
      res.writeHead(503, { "Content-Type": "application/json", "Cache-Control": "no-store" });
      res.end(JSON.stringify({ status: "draining", reason: "This instance is shutting down." }));
      return;
    }
  }
  if (!decodable(req.url ?? "/")) {
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad Request: malformed URL.");
    return;
  }
  const peer = req.socket.remoteAddress;
  if (peer) req.headers[PEER_ADDRESS_HEADER] = peer;
  else delete req.headers[PEER_ADDRESS_HEADER];
  void handle(req, res);
});
server.listen(port, () => console.log(`Fieldnotes listening on port ${port}`));

/** Requests in flight when SIGTERM arrives get this long to finish before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

async function shutdown() {
  if (draining) return;
  draining = true;
  // Stop accepting connections, let requests in flight finish (idle keep-alive ones close at once).
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
  await closed;
  await app.close();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
