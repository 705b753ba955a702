import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEWER_LOCALE, type ViewerLocale } from "~/lib/viewer-locale";
import { PickedTime } from "./picked-time";
import { SlotList } from "./slot-list";

// New York goes back at 02:00 EDT on 2026-11-01 (06:00 UTC); London went back a week earlier.
const firstPass = new Date("2026-11-01T05:20:00Z"); // 01:20 EDT, 05:20 GMT
const secondPass = new Date("2026-11-01T06:20:00Z"); // 01:20 EST, 06:20 GMT
const US: ViewerLocale = { locale: "en-US", hourCycle: "h12" };

const timesListed = (zone: string, starts = [firstPass, secondPass], locale = DEFAULT_VIEWER_LOCALE) =>
  [
    ...renderToStaticMarkup(
      <SlotList
        date="2026-11-01"
        starts={starts}
        zone={zone}
        locale={locale}
        slotHref={(start) => `/book?start=${start.toISOString()}`}
        emptyMessage="none"
      />,
    ).matchAll(/<a [^>]*aria-label="([^"]*)"[^>]*>([^<]*)<\/a>/g),
  ].map(([, label, text]) => ({ label, text }));

const picked = (start: Date, zone: string, locale = DEFAULT_VIEWER_LOCALE) =>
  renderToStaticMarkup(
    <PickedTime start={start} minutes={50} zone={zone} locale={locale} coachName="Robin" changeHref="/book" />,
  ).match(/<p class="text-ink font-semibold">([^<]*)<\/p>/)?.[1];

describe("times on the booking page", () => {
  it("tells the two passes of a repeated hour apart on the visitor's clock", () => {
    expect(timesListed("America/New_York")).toEqual([
      { label: "01:20 EDT, Sunday 1 November", text: "01:20 EDT" },
      { label: "01:20 EST, Sunday 1 November", text: "01:20 EST" },
    ]);
  });

  it("keeps plain times for a visitor whose clock does not repeat them", () => {
    expect(timesListed("Europe/London").map((time) => time.text)).toEqual(["05:20", "06:20"]);
  });

  it("writes times and the day as the visitor's locale does", () => {
    const nine = new Date("2026-11-02T14:00:00Z"); // 09:00 EST
    expect(timesListed("America/New_York", [nine], US)).toEqual([
      { label: "9:00 AM, Sunday, November 1", text: "9:00 AM" },
    ]);
    expect(timesListed("America/New_York", [nine])[0]?.text).toBe("09:00");
    expect(picked(nine, "America/New_York", US)).toBe("Monday, November 2, 2026, 9:00 AM–9:50 AM");
  });

  it("shows the picked session's ends the same way", () => {
    // 01:20 EDT + 50 minutes is 01:10 EST: without the abbreviations it would read as ending before it starts.
    expect(picked(firstPass, "America/New_York")).toBe("Sunday, 1 November 2026, 01:20 EDT–01:10 EST");
    expect(picked(firstPass, "Europe/London")).toBe("Sunday, 1 November 2026, 05:20–06:10");
  });

  it("names the visitor's zone by city and abbreviation", () => {
    const html = renderToStaticMarkup(
      <PickedTime start={firstPass} minutes={50} zone="Asia/Kolkata" locale={US} coachName="Robin" changeHref="/b" />,
    );
    expect(html).toContain("Kolkata (IST) · 50 minutes with Robin");
  });
});
