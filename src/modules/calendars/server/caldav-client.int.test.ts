import { radicale } from "~/test/radicale";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import {
  CaldavError,
  calendarVersion,
  deleteEvent,
  discoverCalendars,
  fetchEvents,
  putEvent,
  type CaldavAccount,
  type CaldavFailure,
  type CaldavOptions,
} from "./caldav-client";

const account = (overrides: Partial<CaldavAccount> = {}): CaldavAccount => ({
  serverUrl: radicale.url,
  username: radicale.username,
  password: radicale.password,
  ...overrides,
});
const options: CaldavOptions = { policy: { allowedHosts: [radicale.hostPort] } };

function vevent(uid: string, fields: { start: string; end: string; summary: string; rrule?: string }): string {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Fieldnotes//Test//EN",
    "BEGIN:VEVENT",
    `UID:${uid}`,
    "DTSTAMP:20260101T000000Z",
    `DTSTART:${fields.start}`,
    `DTEND:${fields.end}`,
    ...(fields.rrule ? [`RRULE:${fields.rrule}`] : []),
    `SUMMARY:${fields.summary}`,
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

async function failureOf(promise: Promise<unknown>): Promise<{ reason: CaldavFailure; message: string }> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof CaldavError)) throw new Error(`expected a CaldavError, got ${String(error)}`);
  return { reason: error.reason, message: error.message };
}

let slugs = 0;
const newCalendar = (displayName: string, extra: { color?: string; components?: string[] } = {}) =>
  radicale.createCalendar(`calendar-${++slugs}`, { displayName, ...extra });

describe("discoverCalendars against Radicale", () => {
  it("lists the account's calendars with names, colours and versions from the server's root", async () => {
    const work = await newCalendar("Work", { color: "#3366CCFF" });
    const tasks = await newCalendar("Tasks", { components: ["VTODO"] });

    const calendars = await discoverCalendars(account(), options);
    const byUrl = new Map(calendars.map((calendar) => [calendar.url, calendar]));
    expect(byUrl.get(work)).toMatchObject({ displayName: "Work", color: "#3366cc", acceptsEvents: true });
    expect(byUrl.get(work)!.ctag).toMatch(/\S/);
    expect(byUrl.get(work)!.syncToken).toMatch(/\S/);
    expect(byUrl.get(tasks)).toMatchObject({ displayName: "Tasks", color: null, acceptsEvents: false });
    // The home collection itself is no calendar.
    expect(byUrl.has(`${radicale.url}${radicale.username}/`)).toBe(false);
  });

  it("takes a calendar home or a single calendar as the server URL, and falls back to /.well-known/caldav", async () => {
    const personal = await newCalendar("Personal");
    const home = `${radicale.url}${radicale.username}/`;

    expect((await discoverCalendars(account({ serverUrl: home }), options)).map((c) => c.url)).toContain(personal);
    expect(await discoverCalendars(account({ serverUrl: personal }), options)).toEqual([
      expect.objectContaining({ url: personal, displayName: "Personal" }),
    ]);
    // Nothing at this path: the server's /.well-known/caldav leads to the root.
    const viaWellKnown = await discoverCalendars(account({ serverUrl: `${home}no-such-calendar/` }), options);
    expect(viaWellKnown.map((c) => c.url)).toContain(personal);
  });

  it("says the password is wrong, in words", async () => {
    const { reason, message } = await failureOf(discoverCalendars(account({ password: "not-it" }), options));
    expect(reason).toBe("wrong_password");
    expect(message).toBe("The server refused the username or app password.");
  });

  it("reaches the server only through the policy it is given", async () => {
    // OUTBOUND_ALLOWED_HOSTS lets the default policy reach Radicale (src/test/radicale.ts); an explicit one wins.
    expect((await failureOf(discoverCalendars(account(), { policy: { allowedHosts: [] } }))).reason).toBe(
      "blocked_address",
    );
  });

  describe("a web server that is not CalDAV", () => {
    const site = createServer((_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body>Hi</body></html>"),
    );
    const listening = new Promise<string>((resolve) =>
      site.listen(0, "127.0.0.1", () => resolve(`127.0.0.1:${(site.address() as AddressInfo).port}`)),
    );
    afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));

    it("is not_caldav", async () => {
      const hostPort = await listening;
      const { reason, message } = await failureOf(
        discoverCalendars(account({ serverUrl: `http://${hostPort}/` }), { policy: { allowedHosts: [hostPort] } }),
      );
      expect(reason).toBe("not_caldav");
      expect(message).toMatch(/server URL/);
    });
  });
});

describe("calendarVersion", () => {
  it("changes its ctag and sync-token when an event is added", async () => {
    const calendar = await newCalendar("Versioned");
    const before = await calendarVersion(account(), calendar, options);
    expect(await calendarVersion(account(), calendar, options)).toEqual(before);

    await radicale.putObject(
      calendar,
      "dentist.ics",
      vevent("dentist@test", { start: "20260310T090000Z", end: "20260310T100000Z", summary: "Dentist" }),
    );
    const after = await calendarVersion(account(), calendar, options);
    expect(after.ctag).not.toBe(before.ctag);
    expect(after.syncToken).not.toBe(before.syncToken);
  });

  it("reports a deleted calendar as not_found, and a wrong password as such", async () => {
    const calendar = await newCalendar("Soon gone");
    expect((await failureOf(calendarVersion(account({ password: "nope" }), calendar, options))).reason).toBe(
      "wrong_password",
    );
    await radicale.remove(calendar);
    const { reason, message } = await failureOf(calendarVersion(account(), calendar, options));
    expect(reason).toBe("not_found");
    expect(message).toMatch(/deleted or moved/);
    expect(
      (await failureOf(fetchEvents(account(), calendar, { from: new Date(0), to: new Date() }, options))).reason,
    ).toBe("not_found");
  });
});

describe("fetchEvents", () => {
  it("returns the events that overlap the range, recurring ones whole, with absolute hrefs and ETags", async () => {
    const calendar = await newCalendar("Busy");
    const inRange = await radicale.putObject(
      calendar,
      "in-range.ics",
      vevent("in-range@test", { start: "20260310T090000Z", end: "20260310T100000Z", summary: "Inside" }),
    );
    const weekly = await radicale.putObject(
      calendar,
      "weekly.ics",
      vevent("weekly@test", {
        start: "20260105T080000Z",
        end: "20260105T083000Z",
        summary: "Standup",
        rrule: "FREQ=WEEKLY;BYDAY=MO",
      }),
    );
    await radicale.putObject(
      calendar,
      "before.ics",
      vevent("before@test", { start: "20260201T090000Z", end: "20260201T100000Z", summary: "Before" }),
    );
    await radicale.putObject(
      calendar,
      "touching.ics", // ends exactly when the range starts: no overlap
      vevent("touching@test", { start: "20260309T000000Z", end: "20260309T010000Z", summary: "Touching" }),
    );

    const range = { from: new Date("2026-03-09T01:00:00Z"), to: new Date("2026-03-16T00:00:00Z") };
    const events = await fetchEvents(account(), calendar, range, options);
    const byHref = Object.fromEntries(events.map((event) => [event.href, event]));
    expect(Object.keys(byHref).sort()).toEqual([`${calendar}in-range.ics`, `${calendar}weekly.ics`]);
    expect(byHref[`${calendar}in-range.ics`]).toMatchObject({ etag: inRange });
    expect(byHref[`${calendar}in-range.ics`]!.data).toContain("UID:in-range@test");
    expect(byHref[`${calendar}weekly.ics`]).toMatchObject({ etag: weekly });
    expect(byHref[`${calendar}weekly.ics`]!.data).toContain("RRULE:FREQ=WEEKLY;BYDAY=MO");
  });
});

describe("putEvent and deleteEvent", () => {
  const session = (summary: string) =>
    vevent("session-42@fieldnotes.test", { start: "20260312T140000Z", end: "20260312T150000Z", summary });
  const range = { from: new Date("2026-03-12T00:00:00Z"), to: new Date("2026-03-13T00:00:00Z") };

  it("creates, updates and removes one event under the session's UID", async () => {
    const calendar = await newCalendar("Sessions");
    const created = await putEvent(
      account(),
      calendar,
      "session-42@fieldnotes.test.ics",
      session("Coaching"),
      null,
      options,
    );
    expect(created.href).toBe(`${calendar}session-42%40fieldnotes.test.ics`);
    expect(created.etag).toMatch(/\S/);

    const [stored] = await fetchEvents(account(), calendar, range, options);
    expect(stored).toMatchObject({ href: created.href, etag: created.etag });
    expect(stored!.data).toContain("UID:session-42@fieldnotes.test");

    const moved = await putEvent(
      account(),
      calendar,
      "session-42@fieldnotes.test.ics",
      session("Moved"),
      created.etag,
      options,
    );
    expect(moved.href).toBe(created.href);
    expect(moved.etag).not.toBe(created.etag);
    const afterMove = await fetchEvents(account(), calendar, range, options);
    expect(afterMove).toHaveLength(1);
    expect(afterMove[0]!.data).toContain("SUMMARY:Moved");

    await deleteEvent(account(), moved.href, moved.etag, options);
    expect(await fetchEvents(account(), calendar, range, options)).toEqual([]);
    // Already gone is done, not an error.
    await deleteEvent(account(), moved.href, moved.etag, options);
  });

  it("writes over what is there when its condition fails: a retried create, a stale ETag", async () => {
    const calendar = await newCalendar("Conflicts");
    const first = await putEvent(account(), calendar, "s.ics", session("First"), null, options);
    // The job retried after its first PUT landed: If-None-Match: * fails, the event is written all the same.
    const retried = await putEvent(account(), calendar, "s.ics", session("Retried"), null, options);
    expect(retried.etag).not.toBe(first.etag);
    // The coach edited it in their calendar app since: our ETag is stale.
    const stale = await putEvent(account(), calendar, "s.ics", session("Ours"), first.etag, options);

    const events = await fetchEvents(account(), calendar, range, options);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ etag: stale.etag });
    expect(events[0]!.data).toContain("SUMMARY:Ours");

    await deleteEvent(account(), stale.href, first.etag, options); // stale ETag: removed anyway
    expect(await fetchEvents(account(), calendar, range, options)).toEqual([]);
  });

  it("reports a deleted calendar and a wrong password", async () => {
    const calendar = await newCalendar("Deleted");
    expect(
      (await failureOf(putEvent(account({ password: "nope" }), calendar, "s.ics", session("x"), null, options))).reason,
    ).toBe("wrong_password");
    await radicale.remove(calendar);
    expect((await failureOf(putEvent(account(), calendar, "s.ics", session("x"), null, options))).reason).toBe(
      "not_found",
    );
  });
});
