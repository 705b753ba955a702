import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// A real CalDAV server (Debian's `radicale`) on loopback for tests: a throwaway storage folder, one
// user with a plain-text password, owning its own collections. By default Radicale binds port 0 and logs
// the port it got, so there is no race for a free port and no polling: it is ready when it says so.

export interface RunningRadicale {
  /** http://127.0.0.1:<port>/ */
  url: string;
  username: string;
  password: string;
  /** "127.0.0.1:<port>", for an outbound allow-list. */
  hostPort: string;
  /** The throwaway folder holding its users file and collections; stop() deletes it. */
  storageDir: string;
  /** MKCALENDAR under the user's home; returns the collection's absolute URL (with a trailing slash). */
  createCalendar(
    slug: string,
    options: { displayName: string; color?: string; components?: string[] },
  ): Promise<string>;
  /** PUTs a raw iCalendar object into a calendar; returns its ETag. */
  putObject(calendarUrl: string, name: string, ics: string): Promise<string | null>;
  /** DELETEs a calendar or an object. */
  remove(url: string): Promise<void>;
  stop(): Promise<void>;
}

// Debian's package puts it on PATH (/usr/bin/radicale); .ci/run installs it when missing.
const RADICALE = "radicale";
const START_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 10_000;

export interface RadicaleOptions {
  /** 0 (the default) takes a free one; a fixed port is for servers whose address must be known in advance (e2e). */
  port?: number;
  username?: string;
  /** Random unless given. */
  password?: string;
}

export async function startRadicale({
  port: requestedPort = 0,
  username = "coach",
  password = randomBytes(12).toString("hex"),
}: RadicaleOptions = {}): Promise<RunningRadicale> {
  const dir = mkdtempSync(path.join(tmpdir(), "fieldnotes-radicale-"));
  const users = path.join(dir, "users");
  writeFileSync(users, `${username}:${password}\n`);

  // `-C` with no file: the machine's /etc/radicale/config (TLS, other rights) must not apply.
  const child = spawn(
    RADICALE,
    [
      "-C",
      `--server-hosts=127.0.0.1:${requestedPort}`,
      `--storage-filesystem-folder=${path.join(dir, "collections")}`,
      "--auth-type=htpasswd",
      `--auth-htpasswd-filename=${users}`,
      "--auth-htpasswd-encryption=plain",
      "--auth-delay=0", // the default second per wrong password would slow the wrong-password tests
      "--rights-type=owner_only",
      "--web-type=none",
      "--logging-level=info", // the port it bound is only logged at info
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.once("error", () => resolve()); // not installed: spawn fails and may never emit "exit"
  });

  let port: number;
  try {
    port = await listeningPort(child.stderr, exited);
  } catch (error) {
    child.kill("SIGKILL");
    await exited;
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  child.stderr.resume(); // keep draining the log so Radicale never blocks on a full pipe

  const url = `http://127.0.0.1:${port}/`;
  const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
  const send = async (target: string, init: { method: string; body?: string; contentType?: string }) => {
    const response = await fetch(target, {
      method: init.method,
      body: init.body,
      headers: { authorization, ...(init.contentType ? { "content-type": init.contentType } : {}) },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Radicale refused ${init.method} ${target}: ${response.status} ${text}`);
    return response;
  };

  return {
    url,
    username,
    password,
    hostPort: `127.0.0.1:${port}`,
    storageDir: dir,
    async createCalendar(slug, { displayName, color, components = ["VEVENT"] }) {
      const calendarUrl = new URL(`${username}/${encodeURIComponent(slug)}/`, url).href;
      await send(calendarUrl, { method: "MKCALENDAR", body: mkcalendarBody(displayName, color, components) });
      return calendarUrl;
    },
    async putObject(calendarUrl, name, ics) {
      const response = await send(new URL(encodeURIComponent(name), calendarUrl).href, {
        method: "PUT",
        body: ics,
        contentType: "text/calendar; charset=utf-8",
      });
      return response.headers.get("etag");
    },
    async remove(target) {
      await send(target, { method: "DELETE" });
    },
    async stop() {
      process.off("exit", killOnExit);
      child.kill("SIGTERM");
      const forced = setTimeout(() => child.kill("SIGKILL"), 3000);
      await exited;
      clearTimeout(forced);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function listeningPort(log: NodeJS.ReadableStream, exited: Promise<void>): Promise<number> {
  return new Promise((resolve, reject) => {
    let seen = "";
    let port: number | undefined;
    const timer = setTimeout(() => finish(new Error(`Radicale did not start in time:\n${seen}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      port ??= Number(/Listening on '\[?127\.0\.0\.1\]?:(\d+)'/.exec(seen)?.[1]) || undefined;
      if (port !== undefined && seen.includes("Radicale server ready")) finish(port);
    };
    function finish(outcome: number | Error) {
      clearTimeout(timer);
      log.off("data", onData);
      if (typeof outcome === "number") resolve(outcome);
      else reject(outcome);
    }
    log.on("data", onData);
    void exited.then(() =>
      finish(new Error(`Radicale exited before it was ready (is Debian's radicale package installed?):\n${seen}`)),
    );
  });
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[char]!);

function mkcalendarBody(displayName: string, color: string | undefined, components: string[]): string {
  const colorProp = color ? `<I:calendar-color>${escapeXml(color)}</I:calendar-color>` : "";
  const comps = components.map((name) => `<C:comp name="${escapeXml(name)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="utf-8"?>` +
    `<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" xmlns:I="http://apple.com/ns/ical/">` +
    `<D:set><D:prop><D:displayname>${escapeXml(displayName)}</D:displayname>${colorProp}` +
    `<C:supported-calendar-component-set>${comps}</C:supported-calendar-component-set>` +
    `</D:prop></D:set></C:mkcalendar>`
  );
}
