import { lookup as dnsLookup } from "node:dns";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { env } from "~/env";

// Every request to an address a user typed (calendar feeds, CalDAV servers) goes through here, so that
// such an address cannot be used to reach the machine itself, the private network or a cloud metadata
// service (SSRF). Addresses are checked where the socket gets them — in the DNS lookup handed to
// node:http — so a name that resolves to a public address for a check and to 127.0.0.1 for the
// connection (DNS rebinding) is still refused.

export type OutboundFailure =
  "bad_url" | "blocked_address" | "dns" | "timeout" | "too_large" | "too_many_redirects" | "network";

export interface OutboundRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Largest body read, in bytes; beyond it (or a Content-Length above it) the answer is too_large. */
  maxBytes?: number;
  /** Deadline for the whole exchange: every redirect hop and the body. */
  timeoutMs?: number;
  /** 0 returns a 3xx answer as it is. */
  maxRedirects?: number;
}

export interface OutboundResponse {
  status: number;
  /** After redirects. */
  url: string;
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
}

export interface OutboundPolicy {
  /**
   * "host:port" pairs (lower-case; IPv6 hosts in brackets, "[::1]:8080") reached without the address
   * check: a CalDAV server on the same network, the tests' servers on 127.0.0.1.
   */
  allowedHosts: readonly string[];
}

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_REDIRECTS = 5;
const USER_AGENT = "Fieldnotes-Calendar/1.0";
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const MESSAGES: Record<OutboundFailure, string> = {
  bad_url: "The address is not a plain http:// or https:// web address (without a username or password in it).",
  blocked_address: "The address points to a private or local network, which Fieldnotes does not connect to.",
  dns: "The server's name could not be found. Check the address for typos.",
  timeout: "The server did not answer in time.",
  too_large: "The server's answer was larger than Fieldnotes reads.",
  too_many_redirects: "The address redirected too many times.",
  network: "The server could not be reached: the connection was refused or dropped.",
};

export class OutboundFetchError extends Error {
  readonly reason: OutboundFailure;

  constructor(reason: OutboundFailure, options?: { cause?: unknown }) {
    super(MESSAGES[reason], options);
    this.name = "OutboundFetchError";
    this.reason = reason;
  }
}

// ipaddr.js calls the deprecated IPv4-compatible form (::a.b.c.d) "unicast"; it embeds an IPv4 address.
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR("::/96");

/**
 * Public means what ipaddr.js calls "unicast" after unwrapping IPv4-mapped IPv6: loopback, private,
 * link-local (169.254.169.254), unique-local, CGNAT, multicast, reserved, 6to4, Teredo and NAT64 are not.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv6" && parsed.match(IPV4_COMPATIBLE)) return false;
  return parsed.range() === "unicast";
}

/** DNS failures become `dns`; with `checkAddresses`, a name with any non-public address is refused. */
const checkedLookup =
  (checkAddresses: boolean): LookupFunction =>
  (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error || addresses.length === 0) return callback(new OutboundFetchError("dns", { cause: error }), "", 0);
      if (checkAddresses && addresses.some((entry) => !isPublicAddress(entry.address)))
        return callback(new OutboundFetchError("blocked_address"), "", 0);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };

interface Hop {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** Refuses what may not be fetched at all; says whether the socket's addresses must still be checked. */
function admit(url: URL, policy: OutboundPolicy): { checkAddresses: boolean } {
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password || !url.hostname)
    throw new OutboundFetchError("bad_url");
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  if (policy.allowedHosts.includes(`${url.hostname}:${port}`)) return { checkAddresses: false };
  // A literal IP never goes through the lookup: check it here, before any connection.
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(literal) && !isPublicAddress(literal)) throw new OutboundFetchError("blocked_address");
  return { checkAddresses: true };
}

function parseUrl(text: string, base?: URL): URL {
  try {
    return new URL(text, base);
  } catch (error) {
    throw new OutboundFetchError("bad_url", { cause: error });
  }
}

/** Browsers' rules: 303 (and 301/302 after POST) become GET without a body; another origin gets no credentials. */
function redirectHop(from: Hop, status: number, location: string): Hop {
  const url = parseUrl(location, from.url);
  const toGet =
    (status === 303 && from.method !== "HEAD") || ((status === 301 || status === 302) && from.method === "POST");
  const headers = { ...from.headers };
  if (toGet) delete headers["content-type"];
  if (url.origin !== from.url.origin) {
    delete headers.authorization;
    delete headers.cookie;
  }
  return toGet ? { url, method: "GET", headers } : { url, method: from.method, headers, body: from.body };
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

function send(
  hop: Hop,
  checkAddresses: boolean,
  maxBytes: number,
  deadline: AbortSignal,
): Promise<Omit<OutboundResponse, "url">> {
  return new Promise((resolve, reject) => {
    if (deadline.aborted) return reject(new OutboundFetchError("timeout"));
    const onDeadline = () => fail(new OutboundFetchError("timeout"));
    const settle = (outcome: () => void) => {
      deadline.removeEventListener("abort", onDeadline);
      outcome();
    };
    const fail = (error: unknown) =>
      settle(() => {
        request.destroy();
        reject(error);
      });

    const headers: Record<string, string> = {
      ...hop.headers,
      "user-agent": USER_AGENT,
      // A compressed answer would be inflated past maxBytes before we could count it.
      "accept-encoding": "identity",
    };
    if (hop.body !== undefined) headers["content-length"] = String(Buffer.byteLength(hop.body));
    const transport = hop.url.protocol === "https:" ? httpsRequest : httpRequest;
    // agent: false — a fresh socket, closed after the answer, never one left idling in a pool.
    const request = transport(
      hop.url,
      { method: hop.method, headers, agent: false, lookup: checkedLookup(checkAddresses) },
      (response) => {
        if (Number(response.headers["content-length"]) > maxBytes) return fail(new OutboundFetchError("too_large"));
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) fail(new OutboundFetchError("too_large"));
          else chunks.push(chunk);
        });
        response.on("end", () =>
          settle(() =>
            resolve({
              status: response.statusCode ?? 0,
              headers: flattenHeaders(response.headers),
              body: Buffer.concat(chunks).toString("utf8"),
            }),
          ),
        );
        response.on("error", fail);
        response.on("close", () => {
          if (!response.complete) fail(new OutboundFetchError("network"));
        });
      },
    );
    request.on("error", fail);
    deadline.addEventListener("abort", onDeadline);
    request.end(hop.body);
  });
}

export async function outboundFetch(
  url: string,
  request: OutboundRequest = {},
  policy: OutboundPolicy = { allowedHosts: env.OUTBOUND_ALLOWED_HOSTS },
): Promise<OutboundResponse> {
  const maxBytes = request.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = request.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    let hop: Hop = { url: parseUrl(url), method: (request.method ?? "GET").toUpperCase(), headers, body: request.body };
    for (let redirects = 0; ; redirects++) {
      const { checkAddresses } = admit(hop.url, policy);
      const response = await send(hop, checkAddresses, maxBytes, deadline.signal);
      const location = response.headers.location;
      if (!REDIRECT_STATUSES.has(response.status) || !location || maxRedirects === 0)
        return { ...response, url: hop.url.href };
      if (redirects === maxRedirects) throw new OutboundFetchError("too_many_redirects");
      hop = redirectHop(hop, response.status, location);
    }
  } catch (error) {
    if (error instanceof OutboundFetchError) throw error;
    throw new OutboundFetchError("network", { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
