import { XMLParser } from "fast-xml-parser";

// WebDAV answers name elements by namespace, and servers pick any prefix for it (d:, D:, none; cs:, CS:;
// cal:, C:), so element names are resolved to (namespace, local name) here, from the xmlns declarations
// in scope, and nothing else looks at prefixes.

export const DAV = "DAV:";
export const CALDAV = "urn:ietf:params:xml:ns:caldav";
export const CALENDARSERVER = "http://calendarserver.org/ns/";
export const APPLE_ICAL = "http://apple.com/ns/ical/";

export interface XmlName {
  namespace: string;
  name: string;
}

export interface XmlElement extends XmlName {
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), trimmed. */
  text: string;
}

/** One <response> of a multistatus, with the properties its successful propstats carry. */
export interface DavResource {
  href: string;
  /** The response's own status line, when it has one instead of propstats (e.g. 404). */
  status: number | null;
  props: XmlElement[];
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // "0123" is a ctag, not a number.
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

function resolve(node: OrderedNode, scope: ReadonlyMap<string, string>): XmlElement | null {
  const qualified = Object.keys(node).find((key) => key !== ":@" && key !== "#text");
  if (qualified === undefined) return null;
  const attributes = node[":@"] ?? {};
  const inScope = new Map(scope);
  for (const [attribute, value] of Object.entries(attributes)) {
    if (attribute === "xmlns") inScope.set("", value);
    else if (attribute.startsWith("xmlns:")) inScope.set(attribute.slice(6), value);
  }
  const colon = qualified.indexOf(":");
  const prefix = colon === -1 ? "" : qualified.slice(0, colon);
  const content = (node[qualified] ?? []) as OrderedNode[];
  return {
    namespace: inScope.get(prefix) ?? "",
    name: qualified.slice(colon + 1),
    attributes,
    children: content.map((child) => resolve(child, inScope)).filter((child) => child !== null),
    text: content
      .map((child) => child["#text"])
      .filter((text) => typeof text === "string")
      .join("")
      .trim(),
  };
}

/** The document's root element; null when the text is not XML. */
export function parseXml(text: string): XmlElement | null {
  try {
    const nodes = parser.parse(text) as OrderedNode[];
    const elements = nodes.map((node) => resolve(node, new Map())).filter((element) => element !== null);
    return elements.length === 1 ? elements[0]! : null;
  } catch {
    return null;
  }
}

const is = (element: XmlElement, { namespace, name }: XmlName) =>
  element.namespace === namespace && element.name === name;

export const childrenOf = (element: XmlElement | undefined, name: XmlName): XmlElement[] =>
  element?.children.filter((child) => is(child, name)) ?? [];

export const childOf = (element: XmlElement | undefined, name: XmlName): XmlElement | undefined =>
  element?.children.find((child) => is(child, name));

export const dav = (name: string): XmlName => ({ namespace: DAV, name });
export const caldav = (name: string): XmlName => ({ namespace: CALDAV, name });

/** The status code of an HTTP status line such as "HTTP/1.1 404 Not Found". */
function statusCode(line: string | undefined): number | null {
  const code = Number(/^HTTP\/[\d.]+\s+(\d{3})/i.exec(line ?? "")?.[1]);
  return Number.isInteger(code) ? code : null;
}

/** The responses of a 207 Multi-Status body; null when the body is not one (an HTML page, another XML). */
export function parseMultistatus(text: string): DavResource[] | null {
  const root = parseXml(text);
  if (!root || !is(root, dav("multistatus"))) return null;
  return childrenOf(root, dav("response")).flatMap((response) => {
    const href = childOf(response, dav("href"))?.text;
    if (!href) return [];
    const props = childrenOf(response, dav("propstat"))
      .filter((propstat) => {
        const code = statusCode(childOf(propstat, dav("status"))?.text);
        return code !== null && code >= 200 && code < 300;
      })
      .flatMap((propstat) => childOf(propstat, dav("prop"))?.children ?? []);
    return [{ href, status: statusCode(childOf(response, dav("status"))?.text), props }];
  });
}

export const propOf = (resource: DavResource, name: XmlName): XmlElement | undefined =>
  resource.props.find((prop) => is(prop, name));

const PREFIXES: Record<string, string> = { [DAV]: "d", [CALDAV]: "c", [CALENDARSERVER]: "cs", [APPLE_ICAL]: "ical" };
const DECLARATIONS = Object.entries(PREFIXES)
  .map(([namespace, prefix]) => `xmlns:${prefix}="${namespace}"`)
  .join(" ");

const tag = ({ namespace, name }: XmlName) => `${PREFIXES[namespace]}:${name}`;

export function propfindBody(props: readonly XmlName[]): string {
  const wanted = props.map((prop) => `<${tag(prop)}/>`).join("");
  return `<?xml version="1.0" encoding="utf-8"?><d:propfind ${DECLARATIONS}><d:prop>${wanted}</d:prop></d:propfind>`;
}

/** RFC 4791 §7.3 date-time: UTC, basic format ("20260105T090000Z"). */
const caldavUtc = (instant: Date) => instant.toISOString().replace(/[-:]|\.\d{3}/g, "");

/** RFC 4791 calendar-query for the VEVENTs that overlap [from, to), with their data and ETags. */
export function eventQueryBody(range: { from: Date; to: Date }): string {
  return (
    `<?xml version="1.0" encoding="utf-8"?><c:calendar-query ${DECLARATIONS}>` +
    `<d:prop><d:getetag/><c:calendar-data/></d:prop>` +
    `<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">` +
    `<c:time-range start="${caldavUtc(range.from)}" end="${caldavUtc(range.to)}"/>` +
    `</c:comp-filter></c:comp-filter></c:filter></c:calendar-query>`
  );
}
