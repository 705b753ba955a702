import { createHash } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";

// A local web server that publishes an iCalendar feed the way Google, Outlook and iCloud do: with an ETag, and a
// 304 to a request that already has the current one. Tests change what it serves, or make it fail, and read what
// it was asked. Import this first in a test file: it starts one for the file and adds it to OUTBOUND_ALLOWED_HOSTS
// before src/env.ts is first read (as ./radicale.ts does).

interface FeedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  status: number;
}

async function startIcsFeedServer() {
  let body = "";
  let failure: number | null = null;
  const requests: FeedRequest[] = [];
  const etagOf = (text: string) => `"${createHash("sha256").update(text).digest("hex").slice(0, 16)}"`;

  const server = createServer((req, res) => {
    const record = (status: number) => requests.push({ path: req.url ?? "/", headers: req.headers, status });
    if (failure !== null) {
      record(failure);
      res.writeHead(failure, { "Content-Type": "text/plain" }).end("failing on purpose");
      return;
    }
    if (req.url !== "/calendar.ics") {
      record(404);
      res.writeHead(404).end();
      return;
    }
    const etag = etagOf(body);
    if (req.headers["if-none-match"] === etag) {
      record(304);
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    record(200);
    res.writeHead(200, { "Content-Type": "text/calendar; charset=utf-8", ETag: etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/calendar.ics`,
    hostPort: `127.0.0.1:${port}`,
    requests,
    serve(ics: string) {
      body = ics;
      failure = null;
    },
    /** Answers every request with this status until `serve` is called again. */
    fail(status: number) {
      failure = status;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const icsFeed = await startIcsFeedServer();

process.env.OUTBOUND_ALLOWED_HOSTS = [process.env.OUTBOUND_ALLOWED_HOSTS, icsFeed.hostPort].filter(Boolean).join(",");

afterAll(() => icsFeed.stop());

/** A VCALENDAR of plain busy events, each [start, end) in UTC. */
export function icsWithEvents(events: { uid: string; start: Date; end: Date; transparent?: boolean }[]) {
  const stamp = (date: Date) =>
    date
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, "");
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fieldnotes tests//EN"];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${stamp(new Date("2026-01-01T00:00:00Z"))}`,
      `DTSTART:${stamp(event.start)}`,
      `DTEND:${stamp(event.end)}`,
      "SUMMARY:Busy",
      ...(event.transparent ? ["TRANSP:TRANSPARENT"] : []),
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.join("\r\n")}\r\n`;
}
