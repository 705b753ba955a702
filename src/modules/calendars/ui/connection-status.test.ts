import { describe, expect, it } from "vitest";
import { DEFAULT_VIEWER_LOCALE } from "~/lib/viewer-locale";
import { connectionStatusLine } from "./connection-status";
import { relativeTime } from "./relative-time";

const now = new Date("2026-03-29T00:30:00Z");
// Most lines here are read on the en-GB 24-hour clock, the default for a reader we know nothing about.
const british = DEFAULT_VIEWER_LOCALE;
const minutes = (count: number) => new Date(now.getTime() + count * 60_000);

describe("relativeTime", () => {
  it.each([
    [-0.5, "just now"],
    [0, "just now"],
    [0.5, "in under a minute"],
    [-3, "3 minutes ago"],
    [2, "in 2 minutes"],
    [-1, "1 minute ago"],
    [-90, "1 hour ago"],
    [-59.9, "59 minutes ago"],
    [60 * 26, "in 1 day"],
    [-60 * 24 * 3, "3 days ago"],
  ])("%s minutes away reads %s", (offset, expected) => {
    expect(relativeTime(minutes(offset), now)).toBe(expected);
  });
});

describe("connectionStatusLine", () => {
  const facts = { lastSuccessAt: minutes(-3), nextRefreshAt: minutes(2), busyBlockCount: 14 };

  it("says when it was read, when it is read next and what it holds", () => {
    expect(connectionStatusLine(facts, "Europe/London", british, now).text).toBe(
      "Updated 3 minutes ago · next in 2 minutes · 14 busy times",
    );
  });

  it("gives the same line in the coach's clock times, with the zone's name at that instant", () => {
    // 00:27 UTC on the night the UK moves to summer time is still GMT there, and the evening before in New York.
    expect(connectionStatusLine(facts, "Europe/London", british, now).absolute).toBe(
      "Updated Sun, 29 Mar 2026, 00:27 GMT · next Sun, 29 Mar 2026, 00:32 GMT · 14 busy times",
    );
    expect(connectionStatusLine(facts, "America/New_York", british, now).absolute).toBe(
      "Updated Sat, 28 Mar 2026, 20:27 EDT · next Sat, 28 Mar 2026, 20:32 EDT · 14 busy times",
    );
  });

  it("writes the clock times as the reader reads them", () => {
    const american = { locale: "en-US", hourCycle: "h12" } as const;
    expect(connectionStatusLine(facts, "America/New_York", american, now).absolute).toBe(
      "Updated Sat, Mar 28, 2026, 8:27 PM EDT · next Sat, Mar 28, 2026, 8:32 PM EDT · 14 busy times",
    );
  });

  it("reads in clock times until the browser knows the time, so server and browser render alike", () => {
    const line = connectionStatusLine(facts, "Europe/London", british, null);
    expect(line.text).toBe(line.absolute);
  });

  it("says a read the server stamped a few seconds ahead of the browser's clock happened just now", () => {
    expect(connectionStatusLine({ ...facts, lastSuccessAt: minutes(0.2) }, "UTC", british, now).text).toBe(
      "Updated just now · next in 2 minutes · 14 busy times",
    );
  });

  it("covers a connection never read, one overdue, and one or no busy times", () => {
    expect(
      connectionStatusLine({ lastSuccessAt: null, nextRefreshAt: minutes(-1), busyBlockCount: 0 }, "UTC", british, now)
        .text,
    ).toBe("Not read yet · next any moment · no busy times");
    expect(connectionStatusLine({ ...facts, busyBlockCount: 1 }, "UTC", british, now).text).toBe(
      "Updated 3 minutes ago · next in 2 minutes · 1 busy time",
    );
  });
});
