import {
  outboundFetch,
  OutboundFetchError,
  type OutboundFailure,
  type OutboundPolicy,
  type OutboundResponse,
} from "~/server/http/outbound-fetch";
import {
  APPLE_ICAL,
  CALENDARSERVER,
  caldav,
  childOf,
  childrenOf,
  dav,
  eventQueryBody,
  parseMultistatus,
  propfindBody,
  propOf,
  type DavResource,
  type XmlName,
} from "./webdav-xml";

// Plain WebDAV/CalDAV (RFC 4918, RFC 4791, the calendarserver.org getctag) over outboundFetch, so every
// request to the coach's server gets the same address, size and time limits as a feed.

export interface CaldavAccount {
  serverUrl: string;
  username: string;
  password: string;
}

export interface CaldavOptions {
  /** Defaults to OUTBOUND_ALLOWED_HOSTS; tests name their Radicale here. */
  policy?: OutboundPolicy;
}

export interface RemoteCalendar {
  /** Absolute. */
  url: string;
  displayName: string;
  ctag: string | null;
  syncToken: string | null;
  /** "#rrggbb", or null when the server has none (or something that is not a colour). */
  color: string | null;
  /** False for calendars that only hold tasks or journals: no busy times there, no sessions written there. */
  acceptsEvents: boolean;
}

export interface RemoteEvent {
  /** Absolute URL of the calendar object. */
  href: string;
  etag: string | null;
  /** The object's iCalendar text. */
  data: string;
}

export type CaldavFailure =
  "wrong_password" | "not_found" | "forbidden" | "not_caldav" | "bad_response" | OutboundFailure;

const MESSAGES: Record<Exclude<CaldavFailure, OutboundFailure>, string> = {
  wrong_password: "The server refused the username or app password.",
  not_found: "The calendar was not found on the server: it may have been deleted or moved.",
  forbidden: "The server does not let this account do that: check the calendar's sharing settings.",
  not_caldav: "This address does not look like a CalDAV server: check the server URL your calendar provider gives.",
  bad_response: "The calendar server answered with an error.",
};

export class CaldavError extends Error {
  readonly reason: CaldavFailure;

  constructor(reason: CaldavFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CaldavError";
    this.reason = reason;
  }
}

const failure = (reason: Exclude<CaldavFailure, OutboundFailure>, detail?: string) =>
  new CaldavError(reason, detail ? MESSAGES[reason].replace(/\.$/, ` (${detail}).`) : MESSAGES[reason]);

/** An answer that is neither a success nor something the caller handles itself. */
function statusFailure(response: OutboundResponse): CaldavError {
  if (response.status === 401) return failure("wrong_password");
  if (response.status === 403) return failure("forbidden");
  if (response.status === 404 || response.status === 410) return failure("not_found");
  // No WebDAV methods at all: a plain web site.
  if (response.status === 405 || response.status === 501) return failure("not_caldav");
  return failure("bad_response", `HTTP ${response.status}`);
}

interface DavRequest {
  method: string;
  depth?: "0" | "1";
  body?: string;
  headers?: Record<string, string>;
}

async function send(account: CaldavAccount, url: string, request: DavRequest, options: CaldavOptions) {
  const headers: Record<string, string> = {
    authorization: `Basic ${Buffer.from(`${account.username}:${account.password}`, "utf8").toString("base64")}`,
    ...request.headers,
  };
  if (request.depth) headers.depth = request.depth;
  if (request.body && !headers["content-type"]) headers["content-type"] = "application/xml; charset=utf-8";
  try {
    return await outboundFetch(url, { method: request.method, headers, body: request.body }, options.policy);
  } catch (error) {
    if (error instanceof OutboundFetchError) throw new CaldavError(error.reason, error.message, { cause: error });
    throw error;
  }
}

interface Multistatus {
  /** After redirects: hrefs are relative to it. */
  url: string;
  resources: DavResource[];
}

async function multistatus(
  account: CaldavAccount,
  url: string,
  request: DavRequest,
  options: CaldavOptions,
): Promise<Multistatus> {
  const response = await send(account, url, request, options);
  if (response.status !== 207) {
    // A web page answering 200 to everything is not a DAV server either.
    throw response.status >= 200 && response.status < 300 ? failure("not_caldav") : statusFailure(response);
  }
  const resources = parseMultistatus(response.body);
  if (!resources) throw failure("not_caldav");
  return { url: response.url, resources };
}

/** An href the server sent, made absolute; one that is not a URL at all is the server's fault. */
function absolute(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    throw failure("bad_response", "an address in its answer is not a URL");
  }
}

function lastPathSegment(url: string): string {
  const segment = new URL(url).pathname.split("/").filter(Boolean).pop() ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const GETCTAG: XmlName = { namespace: CALENDARSERVER, name: "getctag" };
const CALENDAR_COLOR: XmlName = { namespace: APPLE_ICAL, name: "calendar-color" };
const CALENDAR_PROPS: XmlName[] = [
  dav("resourcetype"),
  dav("displayname"),
  dav("sync-token"),
  GETCTAG,
  CALENDAR_COLOR,
  caldav("supported-calendar-component-set"),
];
const DISCOVERY_PROPS: XmlName[] = [...CALENDAR_PROPS, dav("current-user-principal"), caldav("calendar-home-set")];

const textProp = (resource: DavResource, name: XmlName) => propOf(resource, name)?.text || null;
const hrefProp = (resource: DavResource, name: XmlName) => childOf(propOf(resource, name), dav("href"))?.text || null;

const isCalendar = (resource: DavResource) =>
  childOf(propOf(resource, dav("resourcetype")), caldav("calendar")) !== undefined;

function acceptsEvents(resource: DavResource): boolean {
  const supported = propOf(resource, caldav("supported-calendar-component-set"));
  // RFC 4791 §5.2.3: without the property, a calendar accepts every component type.
  if (!supported) return true;
  return childrenOf(supported, caldav("comp")).some((comp) => comp.attributes.name?.toUpperCase() === "VEVENT");
}

/** Servers send "#RRGGBB" or "#RRGGBBAA"; anything else is not put on a page. */
function color(resource: DavResource): string | null {
  const value = /^#([0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(textProp(resource, CALENDAR_COLOR) ?? "");
  return value ? `#${value[1]!.toLowerCase()}` : null;
}

function toRemoteCalendar(resource: DavResource, base: string): RemoteCalendar {
  const url = absolute(resource.href, base);
  return {
    url,
    displayName: textProp(resource, dav("displayname")) ?? lastPathSegment(url),
    ctag: textProp(resource, GETCTAG),
    syncToken: textProp(resource, dav("sync-token")),
    color: color(resource),
    acceptsEvents: acceptsEvents(resource),
  };
}

// Answers that may only mean "not here": the next candidate URL may still be the server.
const TRY_NEXT = new Set<CaldavFailure>(["not_caldav", "not_found", "bad_response"]);

/** The first of the URLs that answers as a DAV resource; wrong passwords and refusals end the search. */
async function firstDavResource(account: CaldavAccount, urls: string[], options: CaldavOptions) {
  let firstFailure: CaldavError | undefined;
  for (const url of urls) {
    try {
      const found = await multistatus(
        account,
        url,
        { method: "PROPFIND", depth: "0", body: propfindBody(DISCOVERY_PROPS) },
        options,
      );
      const [resource] = found.resources;
      if (resource) return { resource, url: found.url };
    } catch (error) {
      if (!(error instanceof CaldavError) || !TRY_NEXT.has(error.reason)) throw error;
      // What the coach typed decides the message; a server URL that is not found is no CalDAV server.
      firstFailure ??= error.reason === "not_found" ? failure("not_caldav") : error;
    }
  }
  throw firstFailure ?? failure("not_caldav");
}

async function calendarHome(
  account: CaldavAccount,
  start: { resource: DavResource; url: string },
  options: CaldavOptions,
): Promise<string> {
  const home = hrefProp(start.resource, caldav("calendar-home-set"));
  if (home) return absolute(home, start.url);
  const principal = hrefProp(start.resource, dav("current-user-principal"));
  // No principal: the URL given is taken to be the home itself.
  if (!principal) return start.url;
  const principalUrl = absolute(principal, start.url);
  const found = await multistatus(
    account,
    principalUrl,
    { method: "PROPFIND", depth: "0", body: propfindBody([caldav("calendar-home-set")]) },
    options,
  );
  const [resource] = found.resources;
  const principalHome = resource && hrefProp(resource, caldav("calendar-home-set"));
  return principalHome ? absolute(principalHome, found.url) : principalUrl;
}

function discoveryUrls(serverUrl: string): string[] {
  // One that is no URL at all is tried as it is, for outboundFetch to refuse as bad_url.
  if (!URL.canParse(serverUrl)) return [serverUrl];
  return [...new Set([serverUrl, new URL("/.well-known/caldav", serverUrl).href])];
}

/**
 * The account's calendars: the server URL's current-user-principal → calendar-home-set → its children;
 * when the server URL answers nothing useful, /.well-known/caldav (RFC 6764). A server URL that is
 * itself a calendar gives just that calendar.
 */
export async function discoverCalendars(
  account: CaldavAccount,
  options: CaldavOptions = {},
): Promise<RemoteCalendar[]> {
  const start = await firstDavResource(account, discoveryUrls(account.serverUrl), options);
  if (isCalendar(start.resource)) return [toRemoteCalendar(start.resource, start.url)];
  const home = await calendarHome(account, start, options);
  const listing = await multistatus(
    account,
    home,
    { method: "PROPFIND", depth: "1", body: propfindBody(CALENDAR_PROPS) },
    options,
  );
  return listing.resources.filter(isCalendar).map((resource) => toRemoteCalendar(resource, listing.url));
}

/** One small PROPFIND: when neither value changed since the last refresh, nothing else needs fetching. */
export async function calendarVersion(
  account: CaldavAccount,
  calendarUrl: string,
  options: CaldavOptions = {},
): Promise<{ ctag: string | null; syncToken: string | null }> {
  const props = [dav("resourcetype"), dav("sync-token"), GETCTAG];
  const { resources } = await multistatus(
    account,
    calendarUrl,
    { method: "PROPFIND", depth: "0", body: propfindBody(props) },
    options,
  );
  const [resource] = resources;
  // Something else now lives at the address: the calendar is gone all the same.
  if (!resource || !isCalendar(resource)) throw failure("not_found");
  return { ctag: textProp(resource, GETCTAG), syncToken: textProp(resource, dav("sync-token")) };
}

/** The calendar's events that overlap the range; a recurring event comes whole, with all its overrides. */
export async function fetchEvents(
  account: CaldavAccount,
  calendarUrl: string,
  range: { from: Date; to: Date },
  options: CaldavOptions = {},
): Promise<RemoteEvent[]> {
  const found = await multistatus(
    account,
    calendarUrl,
    { method: "REPORT", depth: "1", body: eventQueryBody(range) },
    options,
  );
  return found.resources.flatMap((resource) => {
    const data = textProp(resource, caldav("calendar-data"));
    return data ? [{ href: absolute(resource.href, found.url), etag: textProp(resource, dav("getetag")), data }] : [];
  });
}

const conditionFor = (etag: string | null): Record<string, string> =>
  etag ? { "if-match": etag } : { "if-none-match": "*" };

async function currentEtag(account: CaldavAccount, href: string, options: CaldavOptions): Promise<string | null> {
  try {
    const { resources } = await multistatus(
      account,
      href,
      { method: "PROPFIND", depth: "0", body: propfindBody([dav("getetag")]) },
      options,
    );
    return resources[0] ? textProp(resources[0], dav("getetag")) : null;
  } catch (error) {
    if (error instanceof CaldavError && error.reason === "not_found") return null;
    throw error;
  }
}

/**
 * Writes one event. Without `ifMatch` it must not exist yet (If-None-Match: *); with it, it must be
 * unchanged. Either condition failing (412) means the object under our name is not what we last saw —
 * a retried job whose first PUT did land, or an edit in the coach's calendar app — and the session in
 * Fieldnotes is what counts, so it is written once more over what is there now.
 */
export async function putEvent(
  account: CaldavAccount,
  calendarUrl: string,
  resourceName: string,
  ics: string,
  ifMatch: string | null = null,
  options: CaldavOptions = {},
): Promise<{ href: string; etag: string | null }> {
  if (!resourceName || resourceName === "." || resourceName === "..")
    throw new RangeError(`Not a calendar object name: ${JSON.stringify(resourceName)}`);
  const href = absolute(encodeURIComponent(resourceName), calendarUrl.endsWith("/") ? calendarUrl : `${calendarUrl}/`);
  const write = (condition: Record<string, string>) =>
    send(
      account,
      href,
      { method: "PUT", body: ics, headers: { "content-type": "text/calendar; charset=utf-8", ...condition } },
      options,
    );
  let response = await write(conditionFor(ifMatch));
  if (response.status === 412) response = await write(conditionFor(await currentEtag(account, href, options)));
  if (response.status >= 200 && response.status < 300)
    return { href: absolute(response.headers.location ?? href, response.url), etag: response.headers.etag ?? null };
  if (response.status === 412) throw failure("bad_response", "the event kept changing while it was written");
  // WebDAV answers 409 to a PUT into a collection that does not exist.
  if (response.status === 409) throw failure("not_found");
  throw statusFailure(response);
}

/**
 * Removes one event; one already gone is fine. The session is cancelled in Fieldnotes, so an edit made
 * meanwhile in the calendar app (412 on `ifMatch`) does not keep the event alive.
 */
export async function deleteEvent(
  account: CaldavAccount,
  href: string,
  ifMatch: string | null = null,
  options: CaldavOptions = {},
): Promise<void> {
  let response = await send(
    account,
    href,
    { method: "DELETE", headers: ifMatch ? { "if-match": ifMatch } : {} },
    options,
  );
  if (response.status === 412) response = await send(account, href, { method: "DELETE" }, options);
  if ((response.status >= 200 && response.status < 300) || response.status === 404 || response.status === 410) return;
  throw statusFailure(response);
}
