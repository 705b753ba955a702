import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { outboundFetch, OutboundFetchError, type OutboundFailure, type OutboundPolicy } from "./outbound-fetch";

interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

interface TestServer {
  port: number;
  hostPort: string;
  url: string;
  requests: RecordedRequest[];
  /** Sockets ever accepted, and those still open. */
  connections: () => { accepted: number; open: number };
  close: () => Promise<void>;
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      requests.push({
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      handler(req, res);
    });
  });
  server.on("connection", (socket) => {
    accepted++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const running: TestServer = {
    port,
    hostPort: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    requests,
    connections: () => ({ accepted, open: sockets.size }),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  servers.push(running);
  return running;
}

const allow = (...servers: TestServer[]): OutboundPolicy => ({ allowedHosts: servers.map((s) => s.hostPort) });
const NOTHING_ALLOWED: OutboundPolicy = { allowedHosts: [] };

// No wall-clock assertions: a fetch without its deadline or size limit would never settle here, and the test's own
// timeout turns that into a failure.
async function failure(promise: Promise<unknown>): Promise<{ reason: OutboundFailure }> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof OutboundFetchError)) throw new Error(`expected an OutboundFetchError, got ${String(error)}`);
  expect(error.message).toMatch(/\.$/); // a sentence a coach can read
  return { reason: error.reason };
}

async function eventually(condition: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const ok =
  (body = "ok") =>
  (_req: IncomingMessage, res: ServerResponse) =>
    res.end(body);

describe("outboundFetch refuses what it must not reach", () => {
  // The address ranges themselves are tabled in outbound-fetch.test.ts; these are the URL forms.
  it.each([
    "http://127.0.0.1/",
    "http://169.254.169.254/latest/meta-data",
    "http://[::1]/",
    "http://10.0.0.1/",
    "https://192.168.1.1:8443/",
    "http://2130706433/", // 127.0.0.1 written as one number
    "http://0x7f.1/",
    "http://[::ffff:169.254.169.254]/",
  ])("%s is refused before any connection", async (url) => {
    // A connection attempt would end in timeout or network, and not this fast.
    const { reason } = await failure(outboundFetch(url, { timeoutMs: 5000 }, NOTHING_ALLOWED));
    expect(reason).toBe("blocked_address");
  });

  it("refuses a live loopback server unless its host and port are allow-listed", async () => {
    const server = await startServer(ok());
    expect((await failure(outboundFetch(`${server.url}/`, {}, NOTHING_ALLOWED))).reason).toBe("blocked_address");
    expect((await failure(outboundFetch(`${server.url}/`, {}, { allowedHosts: ["127.0.0.1:1"] }))).reason).toBe(
      "blocked_address",
    );
    expect(server.connections().accepted).toBe(0);

    const response = await outboundFetch(`${server.url}/`, {}, allow(server));
    expect(response).toMatchObject({ status: 200, body: "ok", url: `${server.url}/` });
  });

  it("checks the addresses a name resolves to: localhost is loopback", async () => {
    const server = await startServer(ok());
    const url = `http://localhost:${server.port}/`;
    expect((await failure(outboundFetch(url, {}, NOTHING_ALLOWED))).reason).toBe("blocked_address");
    expect(server.connections().accepted).toBe(0);

    const response = await outboundFetch(url, {}, { allowedHosts: [`localhost:${server.port}`] });
    expect(response.status).toBe(200);
  });

  it.each([
    "ftp://example.com/feed.ics",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "http://user:secret@example.com/",
    "https://user@example.com/",
    "not a url",
    "",
  ])("%j is not a URL it fetches", async (url) => {
    expect((await failure(outboundFetch(url, {}, NOTHING_ALLOWED))).reason).toBe("bad_url");
  });

  it("says when a name does not resolve", async () => {
    const url = "http://no-such-host.invalid/";
    expect((await failure(outboundFetch(url, {}, NOTHING_ALLOWED))).reason).toBe("dns");
    expect((await failure(outboundFetch(url, {}, { allowedHosts: ["no-such-host.invalid:80"] }))).reason).toBe("dns");
  });
});

describe("outboundFetch follows redirects by the same rules", () => {
  it("refuses a redirect from an allow-listed server to another local port", async () => {
    const inside = await startServer(ok("secret"));
    const redirector = await startServer((_req, res) =>
      res.writeHead(302, { location: `http://127.0.0.1:${inside.port}/admin` }).end(),
    );
    const { reason } = await failure(outboundFetch(`${redirector.url}/feed.ics`, {}, allow(redirector)));
    expect(reason).toBe("blocked_address");
    expect(inside.connections().accepted).toBe(0);
  });

  it("resolves a relative Location, reports the final URL and turns a 303 after POST into a GET", async () => {
    const server = await startServer((req, res) => {
      if (req.url === "/calendars/old") return res.writeHead(301, { location: "new?x=1" }).end();
      if (req.url === "/calendars/new?x=1") return res.writeHead(303, { location: "/done" }).end();
      res.end(`${req.method} ${req.url}`);
    });
    const put = await outboundFetch(`${server.url}/calendars/old`, { method: "PUT", body: "data" }, allow(server));
    expect(put).toMatchObject({ status: 200, body: "GET /done", url: `${server.url}/done` });
    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual([
      "PUT /calendars/old data",
      "PUT /calendars/new?x=1 data", // 301 keeps a PUT and its body
      "GET /done ",
    ]);

    server.requests.length = 0;
    await outboundFetch(`${server.url}/calendars/old`, { method: "POST", body: "form" }, allow(server));
    expect(server.requests.map((r) => `${r.method} ${r.body}`)).toEqual(["POST form", "GET ", "GET "]);
  });

  it("keeps credentials on the same origin and drops them on another", async () => {
    const other = await startServer(ok("other"));
    const first = await startServer((req, res) => {
      if (req.url === "/here") return res.writeHead(307, { location: "/there" }).end();
      if (req.url === "/there") return res.writeHead(307, { location: `${other.url}/away` }).end();
    });
    const response = await outboundFetch(
      `${first.url}/here`,
      { headers: { Authorization: "Basic Y29hY2g6c2VjcmV0" } },
      allow(first, other),
    );
    expect(response.body).toBe("other");
    expect(first.requests.map((r) => r.headers.authorization)).toEqual([
      "Basic Y29hY2g6c2VjcmV0",
      "Basic Y29hY2g6c2VjcmV0",
    ]);
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("gives up on a redirect loop after maxRedirects, and returns the 3xx itself when asked to follow none", async () => {
    const loop = await startServer((_req, res) => res.writeHead(302, { location: "/loop" }).end());
    expect((await failure(outboundFetch(`${loop.url}/loop`, {}, allow(loop)))).reason).toBe("too_many_redirects");
    expect(loop.requests).toHaveLength(6);

    const asIs = await outboundFetch(`${loop.url}/start`, { maxRedirects: 0 }, allow(loop));
    expect(asIs).toMatchObject({ status: 302, url: `${loop.url}/start`, headers: { location: "/loop" } });
  });
});

describe("outboundFetch limits size and time", () => {
  const FIFTY_MB = 50 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, "x");

  it("refuses a 50 MB answer from its Content-Length without reading it", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-length": String(FIFTY_MB) });
      res.write(chunk);
    });
    const { reason } = await failure(outboundFetch(`${server.url}/big.ics`, {}, allow(server)));
    expect(reason).toBe("too_large");
    await eventually(() => server.connections().open === 0);
  });

  it("stops reading a chunked answer without Content-Length once it passes maxBytes", async () => {
    let written = 0;
    const server = await startServer((_req, res) => {
      const pump = () => {
        while (written < FIFTY_MB && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    });
    const { reason } = await failure(outboundFetch(`${server.url}/big.ics`, {}, allow(server)));
    expect(reason).toBe("too_large");
    await eventually(() => server.connections().open === 0);
    expect(written).toBeLessThan(FIFTY_MB / 2);
  });

  it("reads an answer of exactly maxBytes and refuses one byte more", async () => {
    const server = await startServer((req, res) => res.end("x".repeat(req.url === "/exact" ? 100 : 101)));
    expect((await outboundFetch(`${server.url}/exact`, { maxBytes: 100 }, allow(server))).body).toHaveLength(100);
    expect((await failure(outboundFetch(`${server.url}/more`, { maxBytes: 100 }, allow(server)))).reason).toBe(
      "too_large",
    );
  });

  it("times out on a server that never answers, and closes the connection", async () => {
    const server = await startServer(() => {});
    const { reason } = await failure(outboundFetch(`${server.url}/`, { timeoutMs: 300 }, allow(server)));
    expect(reason).toBe("timeout");
    await eventually(() => server.connections().open === 0);
  });

  it("counts the body and every redirect against the one deadline", async () => {
    const trickle = await startServer((_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write("x"), 50);
      res.on("close", () => clearInterval(timer));
    });
    expect((await failure(outboundFetch(`${trickle.url}/`, { timeoutMs: 400 }, allow(trickle)))).reason).toBe(
      "timeout",
    );

    const slowHops = await startServer((req, res) => {
      const hop = Number(req.url!.slice(1));
      setTimeout(() => res.writeHead(302, { location: `/${hop + 1}` }).end(), 150);
    });
    const { reason } = await failure(outboundFetch(`${slowHops.url}/0`, { timeoutMs: 400 }, allow(slowHops)));
    expect(reason).toBe("timeout");
    await eventually(() => trickle.connections().open === 0 && slowHops.connections().open === 0);
  });
});

describe("outboundFetch speaks plain HTTP", () => {
  it("round-trips an ETag into a 304 with an empty body", async () => {
    const server = await startServer((req, res) => {
      if (req.headers["if-none-match"] === '"v1"') return res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { ETag: '"v1"', "Content-Type": "text/calendar" }).end("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    });
    const first = await outboundFetch(`${server.url}/feed.ics`, {}, allow(server));
    expect(first).toMatchObject({ status: 200, headers: { etag: '"v1"', "content-type": "text/calendar" } });

    const second = await outboundFetch(
      `${server.url}/feed.ics`,
      { headers: { "If-None-Match": first.headers.etag! } },
      allow(server),
    );
    expect(second).toMatchObject({ status: 304, body: "" });
  });

  it("sends a PROPFIND with its body and headers, asking for an uncompressed answer", async () => {
    const server = await startServer((_req, res) => res.writeHead(207).end("<multistatus/>"));
    const body = '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:displayname/></d:prop></d:propfind>';
    const response = await outboundFetch(
      `${server.url}/dav/`,
      { method: "PROPFIND", headers: { Depth: "0", "Content-Type": "application/xml; charset=utf-8" }, body },
      allow(server),
    );
    expect(response).toMatchObject({ status: 207, body: "<multistatus/>" });
    const [seen] = server.requests;
    expect(seen).toMatchObject({ method: "PROPFIND", body });
    expect(seen!.headers).toMatchObject({
      depth: "0",
      "content-type": "application/xml; charset=utf-8",
      "content-length": String(Buffer.byteLength(body)),
      "accept-encoding": "identity",
      "user-agent": "Fieldnotes-Calendar/1.0",
    });
  });

  it("reports a connection refused as a network failure", async () => {
    const server = await startServer(ok());
    await server.close();
    expect((await failure(outboundFetch(`${server.url}/`, {}, allow(server)))).reason).toBe("network");
  });
});
