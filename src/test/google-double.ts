import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { GoogleConfig } from "~/modules/calendars/server/google-http";

/**
 * A local stand-in for the parts of Google that Fieldnotes calls: the OAuth consent page (which
 * consents at once and redirects back with a code, so a browser test can click through), the
 * token endpoint, and Calendar v3's calendar list, free/busy and events. It checks what a real
 * Google would refuse (client credentials, one-use codes bound to their redirect URI, bearer
 * tokens, duplicate iCalUIDs) and records every request, so tests assert on what the product
 * sent Google. Free/busy is computed from the events a test puts in.
 */

export interface RecordedRequest {
  method: string;
  /** As sent, still percent-encoded. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** JSON or form bodies decoded; anything else as text; null when empty. */
  body: unknown;
}

export interface DoubleCalendar {
  id: string;
  summary: string;
  primary: boolean;
  accessRole: string;
  timeZone: string;
}

export interface DoubleEvent {
  id: string;
  calendarId: string;
  iCalUID: string;
  status: "confirmed" | "cancelled";
  transparent: boolean;
  summary: string | null;
  description: string | null;
  location: string | null;
  start: Date;
  end: Date;
}

interface Code {
  redirectUri: string;
  scope: string;
  offline: boolean;
  used: boolean;
}

type Json = Record<string, unknown>;
type Handler = (request: RecordedRequest, match: RegExpMatchArray, res: ServerResponse) => void;

const ACCESS_TOKEN_SECONDS = 3599;
const newToken = (prefix: string) => `${prefix}${randomBytes(12).toString("base64url")}`;

function send(res: ServerResponse, status: number, body?: unknown) {
  if (body === undefined) {
    res.writeHead(status);
    return void res.end();
  }
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

/** Calendar v3's error shape. */
function apiError(res: ServerResponse, status: number, reason: string, message: string) {
  send(res, status, { error: { code: status, message, errors: [{ domain: "global", reason, message }] } });
}

/** The OAuth endpoint's error shape. */
const oauthError = (res: ServerResponse, status: number, error: string, description: string) =>
  send(res, status, { error, error_description: description });

function decodeBody(text: string, contentType: string | undefined): unknown {
  if (text === "") return null;
  if (contentType?.startsWith("application/json")) return JSON.parse(text) as unknown;
  if (contentType?.startsWith("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(text));
  return text;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (data += chunk));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });

function mergedBusy(events: DoubleEvent[], fromMs: number, toMs: number) {
  const periods = events
    .filter((event) => event.status === "confirmed" && !event.transparent)
    .map((event) => ({ startMs: Math.max(event.start.getTime(), fromMs), endMs: Math.min(event.end.getTime(), toMs) }))
    .filter((period) => period.endMs > period.startMs)
    .sort((a, b) => a.startMs - b.startMs);
  const merged: typeof periods = [];
  for (const period of periods) {
    const last = merged.at(-1);
    if (last && period.startMs <= last.endMs) last.endMs = Math.max(last.endMs, period.endMs);
    else merged.push({ ...period });
  }
  return merged.map((period) => ({
    start: new Date(period.startMs).toISOString(),
    end: new Date(period.endMs).toISOString(),
  }));
}

function eventResource(event: DoubleEvent) {
  return {
    kind: "calendar#event",
    id: event.id,
    iCalUID: event.iCalUID,
    status: event.status,
    transparency: event.transparent ? "transparent" : "opaque",
    summary: event.summary ?? undefined,
    description: event.description ?? undefined,
    location: event.location ?? undefined,
    start: { dateTime: event.start.toISOString() },
    end: { dateTime: event.end.toISOString() },
  };
}

export async function startGoogleDouble(
  options: {
    clientId?: string;
    clientSecret?: string;
    /** The Google account that consents; its primary calendar has this id. */
    email?: string;
    /** Calendar list entries per page, to make tests follow nextPageToken. */
    calendarPageSize?: number;
    port?: number;
  } = {},
) {
  const clientId = options.clientId ?? "double-client-id.apps.googleusercontent.com";
  const clientSecret = options.clientSecret ?? "double-client-secret";
  const email = options.email ?? "coach@example.com";
  const requests: RecordedRequest[] = [];
  const calendars = new Map<string, DoubleCalendar>([
    [email, { id: email, summary: email, primary: true, accessRole: "owner", timeZone: "Europe/London" }],
  ]);
  const events = new Map<string, DoubleEvent>();
  const codes = new Map<string, Code>();
  const refreshTokens = new Map<string, { scope: string; revoked: boolean }>();
  const accessTokens = new Map<string, number>();
  const failures: Array<{ method: string; path: RegExp; status: number; body: unknown }> = [];
  let baseUrl = "";

  const calendarOf = (id: string) => calendars.get(id === "primary" ? email : id);
  const eventsIn = (calendarId: string) => [...events.values()].filter((event) => event.calendarId === calendarId);

  function idToken() {
    const part = (value: Json) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: "https://accounts.google.com", aud: clientId, sub: "1234567890", email, iat: now };
    return `${part({ alg: "RS256", kid: "double" })}.${part({ ...claims, email_verified: true, exp: now + 3600 })}.${newToken("")}`;
  }

  function issueTokens(scope: string, withRefreshToken: boolean) {
    const accessToken = newToken("ya29.");
    accessTokens.set(accessToken, Date.now() + ACCESS_TOKEN_SECONDS * 1000);
    const scopes = scope.split(" ");
    const answer: Json = { access_token: accessToken, expires_in: ACCESS_TOKEN_SECONDS, scope, token_type: "Bearer" };
    if (withRefreshToken) {
      const refreshToken = newToken("1//");
      refreshTokens.set(refreshToken, { scope, revoked: false });
      answer.refresh_token = refreshToken;
    }
    if (scopes.includes("openid") && scopes.includes("email")) answer.id_token = idToken();
    return answer;
  }

  /** What the consent page does when the coach allows access: the URL it sends the browser to. */
  function authorize(query: Record<string, string>): { status: number; location?: string; text?: string } {
    if (query.client_id !== clientId) return { status: 401, text: "Error 401: invalid_client" };
    if (query.response_type !== "code" || !query.scope || !URL.canParse(query.redirect_uri ?? "")) {
      return { status: 400, text: "Error 400: invalid_request" };
    }
    const code = newToken("4/");
    codes.set(code, {
      redirectUri: query.redirect_uri!,
      scope: query.scope,
      offline: query.access_type === "offline",
      used: false,
    });
    const location = new URL(query.redirect_uri!);
    location.searchParams.set("code", code);
    if (query.state !== undefined) location.searchParams.set("state", query.state);
    location.searchParams.set("scope", query.scope);
    return { status: 302, location: location.toString() };
  }

  function token(body: Record<string, string>, res: ServerResponse) {
    if (body.client_id !== clientId || body.client_secret !== clientSecret) {
      return oauthError(res, 401, "invalid_client", "The OAuth client was not found.");
    }
    if (body.grant_type === "authorization_code") {
      const code = codes.get(body.code ?? "");
      if (!code || code.used || code.redirectUri !== body.redirect_uri) {
        return oauthError(res, 400, "invalid_grant", "Bad Request");
      }
      code.used = true;
      return send(res, 200, issueTokens(code.scope, code.offline));
    }
    if (body.grant_type === "refresh_token") {
      const grant = refreshTokens.get(body.refresh_token ?? "");
      if (!grant || grant.revoked) return oauthError(res, 400, "invalid_grant", "Token has been expired or revoked.");
      return send(res, 200, issueTokens(grant.scope, false));
    }
    return oauthError(res, 400, "unsupported_grant_type", "Invalid grant_type.");
  }

  function eventFields(body: Json, res: ServerResponse): Partial<DoubleEvent> | null {
    const fields: Partial<DoubleEvent> = {};
    for (const key of ["summary", "description", "location"] as const) {
      if (key in body) fields[key] = (body[key] as string | null) ?? null;
    }
    for (const key of ["start", "end"] as const) {
      if (!(key in body)) continue;
      const at = new Date(String((body[key] as { dateTime?: unknown } | null)?.dateTime));
      if (Number.isNaN(at.getTime())) {
        apiError(res, 400, "invalid", `Invalid ${key} time.`);
        return null;
      }
      fields[key] = at;
    }
    if (body.status === "confirmed" || body.status === "cancelled") fields.status = body.status;
    return fields;
  }

  /** Someone else's event in one of the coach's calendars: it shows in free/busy unless transparent. */
  function addEvent(calendarId: string, event: { start: Date; end: Date; transparent?: boolean; summary?: string }) {
    const id = randomBytes(13).toString("hex");
    const stored: DoubleEvent = {
      id,
      calendarId,
      iCalUID: `${id}@google.com`,
      status: "confirmed",
      transparent: event.transparent ?? false,
      summary: event.summary ?? null,
      description: null,
      location: null,
      start: event.start,
      end: event.end,
    };
    events.set(id, stored);
    return stored;
  }

  /** POST /_double/events: addEvent for a test in another process (the e2e run), with ISO times. */
  function addEventOverHttp(text: string, res: ServerResponse) {
    const body = (text === "" ? {} : JSON.parse(text)) as Json;
    const calendar = calendarOf(typeof body.calendarId === "string" ? body.calendarId : "primary");
    if (!calendar) return apiError(res, 404, "notFound", "Not Found");
    const start = new Date(String(body.start));
    const end = new Date(String(body.end));
    if (!(end > start)) return apiError(res, 400, "invalid", "Give start and end as ISO times, start first.");
    const summary = typeof body.summary === "string" ? body.summary : undefined;
    const event = addEvent(calendar.id, { start, end, summary, transparent: body.transparent === true });
    send(res, 200, eventResource(event));
  }

  const calendarRoutes: Array<[string, RegExp, Handler]> = [
    [
      "GET",
      /^\/calendar\/v3\/users\/me\/calendarList$/,
      (request, _match, res) => {
        const pageSize = Math.min(Number(request.query.maxResults ?? 100), options.calendarPageSize ?? 250);
        const offset = Number(request.query.pageToken ?? 0);
        const all = [...calendars.values()];
        const items = all.slice(offset, offset + pageSize).map((calendar) => ({
          kind: "calendar#calendarListEntry",
          ...calendar,
          primary: calendar.primary || undefined,
        }));
        const next = offset + pageSize < all.length ? String(offset + pageSize) : undefined;
        send(res, 200, { kind: "calendar#calendarList", items, nextPageToken: next });
      },
    ],
    [
      "POST",
      /^\/calendar\/v3\/freeBusy$/,
      (request, _match, res) => {
        const body = request.body as { timeMin?: string; timeMax?: string; items?: Array<{ id: string }> };
        const fromMs = Date.parse(body.timeMin ?? "");
        const toMs = Date.parse(body.timeMax ?? "");
        if (!(toMs > fromMs)) return apiError(res, 400, "timeRangeEmpty", "The specified time range is empty.");
        const answer: Record<string, Json> = {};
        for (const { id } of body.items ?? []) {
          const calendar = calendarOf(id);
          answer[id] = calendar
            ? { busy: mergedBusy(eventsIn(calendar.id), fromMs, toMs) }
            : { errors: [{ domain: "global", reason: "notFound" }], busy: [] };
        }
        send(res, 200, { kind: "calendar#freeBusy", timeMin: body.timeMin, timeMax: body.timeMax, calendars: answer });
      },
    ],
    [
      "GET",
      /^\/calendar\/v3\/calendars\/([^/]+)\/events$/,
      (request, match, res) => {
        const calendar = calendarOf(decodeURIComponent(match[1]!));
        if (!calendar) return apiError(res, 404, "notFound", "Not Found");
        const items = eventsIn(calendar.id)
          .filter((event) => !request.query.iCalUID || event.iCalUID === request.query.iCalUID)
          .filter((event) => request.query.showDeleted === "true" || event.status !== "cancelled");
        send(res, 200, { kind: "calendar#events", items: items.map(eventResource) });
      },
    ],
    [
      "POST",
      /^\/calendar\/v3\/calendars\/([^/]+)\/events$/,
      (request, match, res) => {
        const calendar = calendarOf(decodeURIComponent(match[1]!));
        if (!calendar) return apiError(res, 404, "notFound", "Not Found");
        const body = (request.body ?? {}) as Json;
        const fields = eventFields(body, res);
        if (!fields) return;
        if (!fields.start || !fields.end) return apiError(res, 400, "required", "Missing end time.");
        const id = randomBytes(13).toString("hex");
        const iCalUID = typeof body.iCalUID === "string" ? body.iCalUID : `${id}@google.com`;
        if (eventsIn(calendar.id).some((event) => event.iCalUID === iCalUID)) {
          return apiError(res, 409, "duplicate", "The requested identifier already exists.");
        }
        const event: DoubleEvent = {
          summary: null,
          description: null,
          location: null,
          status: "confirmed",
          transparent: body.transparency === "transparent",
          ...fields,
          id,
          calendarId: calendar.id,
          iCalUID,
          start: fields.start,
          end: fields.end,
        };
        events.set(id, event);
        send(res, 200, eventResource(event));
      },
    ],
    [
      "PATCH",
      /^\/calendar\/v3\/calendars\/([^/]+)\/events\/([^/]+)$/,
      (request, match, res) => {
        const calendar = calendarOf(decodeURIComponent(match[1]!));
        const event = events.get(decodeURIComponent(match[2]!));
        if (!calendar || !event || event.calendarId !== calendar.id) return apiError(res, 404, "notFound", "Not Found");
        const fields = eventFields((request.body ?? {}) as Json, res);
        if (!fields) return;
        Object.assign(event, fields);
        send(res, 200, eventResource(event));
      },
    ],
    [
      "DELETE",
      /^\/calendar\/v3\/calendars\/([^/]+)\/events\/([^/]+)$/,
      (_request, match, res) => {
        const calendar = calendarOf(decodeURIComponent(match[1]!));
        const event = events.get(decodeURIComponent(match[2]!));
        if (!calendar || !event || event.calendarId !== calendar.id) return apiError(res, 404, "notFound", "Not Found");
        if (event.status === "cancelled") return apiError(res, 410, "deleted", "Resource has been deleted");
        event.status = "cancelled";
        send(res, 204);
      },
    ],
  ];

  function bearerIsValid(authorization: string | undefined) {
    const token = authorization?.match(/^Bearer (\S+)$/)?.[1];
    const expiresAt = token ? accessTokens.get(token) : undefined;
    return expiresAt !== undefined && expiresAt > Date.now();
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", baseUrl);
    const text = await readBody(req);
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(", ") : (value ?? ""),
      ]),
    );
    if (url.pathname.startsWith("/_double/")) {
      if (url.pathname === "/_double/requests") return send(res, 200, requests);
      if (req.method === "POST" && url.pathname === "/_double/events") return addEventOverHttp(text, res);
      return send(res, 200, { ok: true });
    }
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: decodeBody(text, req.headers["content-type"]),
    };
    requests.push(request);

    const failure = failures.findIndex((entry) => entry.method === request.method && entry.path.test(request.path));
    if (failure >= 0) {
      const [{ status, body }] = failures.splice(failure, 1) as [(typeof failures)[number]];
      return send(res, status, body);
    }
    if (request.method === "GET" && url.pathname === "/o/oauth2/v2/auth") {
      const result = authorize(request.query);
      if (result.location) res.writeHead(result.status, { location: result.location });
      else res.writeHead(result.status, { "content-type": "text/plain; charset=utf-8" });
      return void res.end(result.text ?? "");
    }
    if (request.method === "POST" && url.pathname === "/token") {
      return token((request.body ?? {}) as Record<string, string>, res);
    }
    if (url.pathname.startsWith("/calendar/v3/")) {
      if (!bearerIsValid(headers.authorization)) {
        return apiError(res, 401, "authError", "Request had invalid authentication credentials.");
      }
      for (const [method, pattern, handler] of calendarRoutes) {
        const match = url.pathname.match(pattern);
        if (method === request.method && match) return handler(request, match, res);
      }
    }
    apiError(res, 404, "notFound", `The double does not know ${request.method} ${url.pathname}`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => apiError(res, 500, "backendError", String(error)));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const hostPort = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  baseUrl = `http://${hostPort}`;

  return {
    baseUrl,
    hostPort,
    clientId,
    clientSecret,
    email,
    /** A GoogleConfig pointing at this double, allowed past the fetcher's loopback block. */
    config: (overrides: Partial<GoogleConfig> = {}): GoogleConfig => ({
      clientId,
      clientSecret,
      authUrl: `${baseUrl}/o/oauth2/v2/auth`,
      tokenBaseUrl: baseUrl,
      apiBaseUrl: baseUrl,
      policy: { allowedHosts: [hostPort] },
      ...overrides,
    }),
    requests,
    requestsTo: (method: string, path: string | RegExp) =>
      requests.filter(
        (request) =>
          request.method === method && (typeof path === "string" ? request.path === path : path.test(request.path)),
      ),
    calendars,
    events,
    eventsIn,
    addCalendar(calendar: Partial<DoubleCalendar> & { id: string }) {
      const entry = { summary: calendar.id, primary: false, accessRole: "owner", timeZone: "UTC", ...calendar };
      calendars.set(entry.id, entry);
      return entry;
    },
    addEvent,
    authorize,
    /** Access tokens stop working (401) as if they had expired; refresh tokens still work. */
    expireAccessTokens: () => accessTokens.clear(),
    /** The coach removed Fieldnotes from their Google account: every token stops working. */
    revokeAccess() {
      accessTokens.clear();
      for (const grant of refreshTokens.values()) grant.revoked = true;
    },
    /** The next request matching method and path gets this answer instead. */
    failNext(method: string, path: RegExp, status: number, body?: unknown) {
      failures.push({ method, path, status, body });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type GoogleDouble = Awaited<ReturnType<typeof startGoogleDouble>>;
