import { createHash } from "node:crypto";
import http, { type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

// Loopback servers for the calendar bench that record every exchange, so the bench can print what a refresh
// actually sent: a feed server publishing many iCalendar feeds with ETags, and a forwarding proxy in front of
// Radicale (which keeps no such count itself).

export interface Exchange {
  method: string;
  path: string;
  /** The WebDAV Depth header, when sent. */
  depth: string | undefined;
  status: number;
  /** Response body bytes. */
  bytes: number;
}

export interface CountingServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** "127.0.0.1:<port>", for an outbound allow-list. */
  hostPort: string;
  /** Every exchange since the last `reset`. */
  exchanges(): readonly Exchange[];
  reset(): void;
  stop(): Promise<void>;
}

const UPSTREAM_TIMEOUT_MS = 10_000;
// Per connection, not end to end: each side of the proxy manages its own.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "proxy-connection", "upgrade"]);

const endToEnd = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));

export const etagOf = (body: string) => `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;

async function listen(server: http.Server, recorded: Exchange[]): Promise<CountingServer> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hostPort: `127.0.0.1:${port}`,
    exchanges: () => recorded,
    reset: () => void recorded.splice(0),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const exchangeOf = (req: http.IncomingMessage, status: number, bytes: number): Exchange => ({
  method: req.method ?? "GET",
  path: req.url ?? "/",
  depth: req.headers.depth as string | undefined,
  status,
  bytes,
});

/** Serves `feeds` (path → iCalendar text) with ETags, answering a request that has the current one with 304. */
export function startFeedServer(feeds: ReadonlyMap<string, string>): Promise<CountingServer> {
  const recorded: Exchange[] = [];
  const server = http.createServer((req, res) => {
    const body = feeds.get(req.url ?? "");
    if (body === undefined) {
      recorded.push(exchangeOf(req, 404, 0));
      res.writeHead(404).end();
      return;
    }
    const etag = etagOf(body);
    if (req.headers["if-none-match"] === etag) {
      recorded.push(exchangeOf(req, 304, 0));
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    recorded.push(exchangeOf(req, 200, Buffer.byteLength(body)));
    res.writeHead(200, { "Content-Type": "text/calendar; charset=utf-8", ETag: etag }).end(body);
  });
  return listen(server, recorded);
}

/** Forwards every request to `target` (an origin) as it came, over kept-alive connections. */
export function startCountingProxy(target: string): Promise<CountingServer> {
  const recorded: Exchange[] = [];
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const forward = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...endToEnd(req.headers), host: upstream.host },
        agent,
      },
      (answer) => {
        let bytes = 0;
        res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
        answer.on("data", (chunk: Buffer) => (bytes += chunk.length));
        answer.on("end", () => recorded.push(exchangeOf(req, answer.statusCode ?? 502, bytes)));
        answer.pipe(res);
      },
    );
    forward.setTimeout(UPSTREAM_TIMEOUT_MS, () => forward.destroy(new Error("the upstream did not answer in time")));
    forward.on("error", () => {
      recorded.push(exchangeOf(req, 502, 0));
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  server.on("close", () => agent.destroy());
  return listen(server, recorded);
}
