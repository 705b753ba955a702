import { describe, expect, it } from "vitest";
import { googleCalendarUrl, outlookCalendarUrl, type CalendarEvent } from "./calendar-links";

const event: CalendarEvent = {
  title: "Coaching session with Maya Chen",
  start: new Date("2026-12-01T15:00:00.000Z"),
  end: new Date("2026-12-01T15:45:00.000Z"),
  details: "Join: https://whereby.com/maya?room=1&x=y",
  location: "https://whereby.com/maya?room=1&x=y",
};

describe("calendar links", () => {
  it("open Google Calendar's template with the event in UTC", () => {
    const url = new URL(googleCalendarUrl(event));
    expect(`${url.origin}${url.pathname}`).toBe("https://calendar.google.com/calendar/render");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: "TEMPLATE",
      text: "Coaching session with Maya Chen",
      dates: "20261201T150000Z/20261201T154500Z",
      details: "Join: https://whereby.com/maya?room=1&x=y",
      location: "https://whereby.com/maya?room=1&x=y",
    });
  });

  it("open Outlook's compose deeplink with ISO instants", () => {
    const url = new URL(outlookCalendarUrl(event));
    expect(`${url.origin}${url.pathname}`).toBe("https://outlook.live.com/calendar/0/deeplink/compose");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      subject: "Coaching session with Maya Chen",
      startdt: "2026-12-01T15:00:00Z",
      enddt: "2026-12-01T15:45:00Z",
      body: "Join: https://whereby.com/maya?room=1&x=y",
      location: "https://whereby.com/maya?room=1&x=y",
    });
  });

  it("encode spaces as %20, never as a plus sign, and leave out a missing location", () => {
    const url = outlookCalendarUrl({ ...event, title: "A + B", location: null });
    expect(url).toContain("subject=A%20%2B%20B");
    expect(url).not.toContain("location=");
    expect(googleCalendarUrl({ ...event, location: null })).not.toContain("location=");
  });
});
