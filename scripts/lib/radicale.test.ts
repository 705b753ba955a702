import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRadicale, type RunningRadicale } from "./radicale";

const EVENT = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Fieldnotes//Test//EN",
  "BEGIN:VEVENT",
  "UID:harness-1@fieldnotes.test",
  "DTSTAMP:20260105T090000Z",
  "DTSTART:20260105T090000Z",
  "DTEND:20260105T100000Z",
  "SUMMARY:Dentist",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

describe("Radicale test server", () => {
  let radicale: RunningRadicale;
  beforeAll(async () => {
    radicale = await startRadicale();
  });
  afterAll(() => radicale?.stop());

  const propfind = (url: string, password = radicale.password) =>
    fetch(url, {
      method: "PROPFIND",
      headers: { depth: "1", authorization: `Basic ${btoa(`${radicale.username}:${password}`)}` },
      signal: AbortSignal.timeout(5000),
    });

  it("listens on a loopback port and asks for the password", async () => {
    expect(radicale.url).toBe(`http://${radicale.hostPort}/`);
    expect(radicale.hostPort).toMatch(/^127\.0\.0\.1:\d+$/);
    expect((await propfind(radicale.url, "wrong")).status).toBe(401);
    expect((await propfind(radicale.url)).status).toBe(207);
  });

  it("creates calendars and stores objects that it then serves", async () => {
    const calendar = await radicale.createCalendar("work & life", { displayName: "Work <& life>", color: "#3366ccff" });
    expect(calendar).toBe(`${radicale.url}${radicale.username}/work%20%26%20life/`);
    const etag = await radicale.putObject(calendar, "harness-1.ics", EVENT);
    expect(etag).toMatch(/^"/);

    const listing = await (await propfind(`${radicale.url}${radicale.username}/`)).text();
    expect(listing).toContain("Work &lt;&amp; life&gt;");
    expect(listing).toContain("#3366ccff");
    const stored = await fetch(`${calendar}harness-1.ics`, {
      headers: { authorization: `Basic ${btoa(`${radicale.username}:${radicale.password}`)}` },
    });
    expect(await stored.text()).toContain("UID:harness-1@fieldnotes.test");

    await radicale.remove(calendar);
    expect((await propfind(calendar)).status).toBe(404);
  });

  it("stops, frees its port and deletes its storage", async () => {
    const other = await startRadicale();
    await other.createCalendar("tmp", { displayName: "Tmp" });
    expect(existsSync(other.storageDir)).toBe(true);
    await other.stop();
    await expect(fetch(other.url, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
    expect(existsSync(other.storageDir)).toBe(false);
  });
});
