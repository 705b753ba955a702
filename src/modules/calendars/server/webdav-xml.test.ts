import { describe, expect, it } from "vitest";
import {
  APPLE_ICAL,
  CALENDARSERVER,
  caldav,
  dav,
  eventQueryBody,
  parseMultistatus,
  parseXml,
  propfindBody,
  propOf,
} from "./webdav-xml";

const GETCTAG = { namespace: CALENDARSERVER, name: "getctag" };

// The same answer as three servers spell it: Apple/Fastmail style D:/C:/CS:, default namespace with
// lower-case prefixes (Radicale, Nextcloud), and prefixes declared deeper down the tree.
const SPELLINGS = {
  upper: `<?xml version="1.0" encoding="UTF-8"?>
    <D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" xmlns:CS="http://calendarserver.org/ns/">
      <D:response>
        <D:href>/dav/calendars/work/</D:href>
        <D:propstat>
          <D:prop><D:displayname>Work &amp; clients</D:displayname><CS:getctag>0123</CS:getctag>
            <D:resourcetype><D:collection/><C:calendar/></D:resourcetype></D:prop>
          <D:status>HTTP/1.1 200 OK</D:status>
        </D:propstat>
        <D:propstat><D:prop><D:sync-token/></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>
      </D:response>
    </D:multistatus>`,
  defaultNamespace: `<multistatus xmlns="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav" xmlns:cs="http://calendarserver.org/ns/">
      <response><href>/dav/calendars/work/</href>
        <propstat><prop><displayname>Work &amp; clients</displayname><cs:getctag>0123</cs:getctag>
          <resourcetype><collection/><cal:calendar/></resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat>
        <propstat><prop><sync-token/></prop><status>HTTP/1.1 404 Not Found</status></propstat>
      </response></multistatus>`,
  nested: `<x:multistatus xmlns:x="DAV:"><x:response><x:href>/dav/calendars/work/</x:href>
      <x:propstat><x:prop xmlns:q="http://calendarserver.org/ns/"><x:displayname>Work &amp; clients</x:displayname>
        <q:getctag>0123</q:getctag><x:resourcetype><x:collection/>
        <calendar xmlns="urn:ietf:params:xml:ns:caldav"/></x:resourcetype></x:prop>
        <x:status>HTTP/1.1 200 OK</x:status></x:propstat>
      <x:propstat><x:prop><x:sync-token/></x:prop><x:status>HTTP/1.1 404 Not Found</x:status></x:propstat>
    </x:response></x:multistatus>`,
};

describe("parseMultistatus", () => {
  it.each(Object.entries(SPELLINGS))("reads the %s spelling by namespace, not prefix", (_name, xml) => {
    const resources = parseMultistatus(xml);
    expect(resources).toHaveLength(1);
    const [work] = resources!;
    expect(work!.href).toBe("/dav/calendars/work/");
    expect(propOf(work!, dav("displayname"))?.text).toBe("Work & clients");
    expect(propOf(work!, GETCTAG)?.text).toBe("0123"); // a string, not the number 123
    const resourcetype = propOf(work!, dav("resourcetype"));
    expect(
      resourcetype?.children.some(
        (child) => child.namespace === caldav("calendar").namespace && child.name === "calendar",
      ),
    ).toBe(true);
    // Properties of a failed propstat are not properties the resource has.
    expect(propOf(work!, dav("sync-token"))).toBeUndefined();
  });

  it("does not take a property of another namespace for the one asked", () => {
    const xml = `<d:multistatus xmlns:d="DAV:" xmlns:x="urn:example:other"><d:response><d:href>/a</d:href>
      <d:propstat><d:prop><x:getctag>other</x:getctag><x:displayname>Other</x:displayname></d:prop>
      <d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`;
    const [resource] = parseMultistatus(xml)!;
    expect(propOf(resource!, GETCTAG)).toBeUndefined();
    expect(propOf(resource!, dav("displayname"))).toBeUndefined();
  });

  it("keeps calendar data in CDATA or escaped text, and a response's own status", () => {
    const ics = "BEGIN:VCALENDAR\nSUMMARY:Tom & Jerry <3\nEND:VCALENDAR";
    const xml = `<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
      <d:response><d:href>/cal/a.ics</d:href><d:propstat><d:prop><d:getetag>"e1"</d:getetag>
        <c:calendar-data><![CDATA[${ics}]]></c:calendar-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
      <d:response><d:href>/cal/b.ics</d:href><d:propstat><d:prop>
        <c:calendar-data>${ics.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</c:calendar-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
      <d:response><d:href>/cal/gone.ics</d:href><d:status>HTTP/1.1 404 Not Found</d:status></d:response>
    </d:multistatus>`;
    const resources = parseMultistatus(xml)!;
    expect(resources.map((r) => propOf(r, caldav("calendar-data"))?.text)).toEqual([ics, ics, undefined]);
    expect(propOf(resources[0]!, dav("getetag"))?.text).toBe('"e1"');
    expect(resources.map((r) => r.status)).toEqual([null, null, 404]);
  });

  it.each([
    ["an HTML page", "<!doctype html><html><body><h1>Welcome</h1></body></html>"],
    ["another XML document", `<d:error xmlns:d="DAV:"><d:need-privileges/></d:error>`],
    ["a multistatus of another namespace", `<multistatus xmlns="urn:example"><response/></multistatus>`],
    ["plain text", "Not found"],
    ["nothing", ""],
  ])("is null for %s", (_name, body) => {
    expect(parseMultistatus(body)).toBeNull();
  });
});

describe("request bodies", () => {
  it("asks PROPFIND for the properties named, each in its namespace", () => {
    const body = propfindBody([dav("displayname"), GETCTAG, { namespace: APPLE_ICAL, name: "calendar-color" }]);
    const prop = parseXml(body)!.children[0]!;
    expect(prop.children.map(({ namespace, name }) => `${namespace} ${name}`)).toEqual([
      "DAV: displayname",
      "http://calendarserver.org/ns/ getctag",
      "http://apple.com/ns/ical/ calendar-color",
    ]);
  });

  it("filters a calendar-query to VEVENTs overlapping the range, in UTC basic format", () => {
    const body = eventQueryBody({
      from: new Date("2026-03-28T23:30:00.000Z"),
      to: new Date("2026-05-01T00:00:00+02:00"),
    });
    const root = parseXml(body)!;
    expect(`${root.namespace} ${root.name}`).toBe("urn:ietf:params:xml:ns:caldav calendar-query");
    const event = root.children[1]!.children[0]!.children[0]!;
    expect(event.attributes.name).toBe("VEVENT");
    expect(event.children[0]!.attributes).toEqual({ start: "20260328T233000Z", end: "20260430T220000Z" });
  });
});
