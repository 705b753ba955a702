import { describe, expect, it } from "vitest";
import {
  bookingReminderKey,
  reminderAtSendTime,
  reminderTargetOf,
  reminderTimes,
  reminderWithCurrentPlace,
  type RemindedBooking,
} from "./booking-reminders";
import BookingUpdateEmail from "@emails/booking-update";

const start = new Date("2026-11-24T10:00:00Z");
const confirmed: RemindedBooking = { status: "CONFIRMED", startAt: start, rescheduleCount: 1 };
const target = { uid: "AbC-d_9", rescheduleCount: 1 };
const at = (iso: string) => new Date(iso);
/** Why the reminder is not sent, or null when it is. */
const reminderNoLongerHolds = (...args: Parameters<typeof reminderAtSendTime<RemindedBooking>>) => {
  const decision = reminderAtSendTime(...args);
  return decision.send ? null : decision.reason;
};

describe("a booking reminder's key", () => {
  it("names the booking, its version, the lead time and the side, and reads back to the booking and version", () => {
    const key = bookingReminderKey(target, 60, "coach");
    expect(key).toBe("booking-reminder:AbC-d_9:1:60:coach");
    expect(reminderTargetOf(key)).toEqual(target);
    expect(reminderTargetOf(bookingReminderKey(target, 1440, "booker"))).toEqual(target);
  });

  it("still reads the keys of reminders queued before they named a lead time and side", () => {
    expect(reminderTargetOf("booking-reminder:AbC-d_9:1")).toEqual(target);
  });

  it("is not found in another email's key", () => {
    expect(reminderTargetOf("booking:AbC-d_9:confirmed:0:booker")).toBeNull();
    expect(reminderTargetOf("booking-reminder:AbC-d_9:")).toBeNull();
    expect(reminderTargetOf("booking-reminder:a:b:1")).toBeNull();
    expect(reminderTargetOf("booking-reminder:AbC-d_9:1:60:client")).toBeNull();
  });
});

describe("whether a reminder still holds when it comes due", () => {
  it("holds until the session starts, however late the worker is", () => {
    expect(reminderNoLongerHolds(target, confirmed, at("2026-11-23T10:00:00Z"))).toBeNull();
    expect(reminderNoLongerHolds(target, confirmed, at("2026-11-24T09:59:59.999Z"))).toBeNull();
  });

  it("no longer holds once the session has started", () => {
    for (const now of ["2026-11-24T10:00:00Z", "2026-11-24T10:05:00Z", "2026-11-25T10:00:00Z"]) {
      expect(reminderNoLongerHolds(target, confirmed, at(now))).toMatch(/already started/);
    }
    const recorded = { ...confirmed, status: "NO_SHOW" as const };
    expect(reminderNoLongerHolds(target, recorded, at("2026-11-24T11:00:00Z"))).toMatch(/already started/);
  });

  it("no longer holds for a cancelled, moved or missing session, even one still ahead", () => {
    const before = at("2026-11-23T10:00:00Z");
    expect(reminderNoLongerHolds(target, { ...confirmed, status: "CANCELLED" }, before)).toMatch(/cancelled/);
    expect(reminderNoLongerHolds(target, { ...confirmed, rescheduleCount: 2 }, before)).toMatch(/moved/);
    expect(reminderNoLongerHolds(target, null, before)).toMatch(/no longer exists/);
    expect(reminderNoLongerHolds(null, confirmed, before)).toMatch(/no longer exists/);
  });
});

describe("when reminders go out", () => {
  it("once per distinct lead time, latest first, skipping those already past", () => {
    expect(reminderTimes(start, [60, 1440, 60], at("2026-11-22T10:00:00Z"))).toEqual([
      { minutesBefore: 1440, at: at("2026-11-23T10:00:00Z") },
      { minutesBefore: 60, at: at("2026-11-24T09:00:00Z") },
    ]);
    expect(reminderTimes(start, [1440, 60], at("2026-11-24T08:00:00Z"))).toEqual([
      { minutesBefore: 60, at: at("2026-11-24T09:00:00Z") },
    ]);
    expect(reminderTimes(start, [1440, 60], at("2026-11-24T09:00:00Z"))).toEqual([]);
    expect(reminderTimes(start, [], at("2026-11-22T10:00:00Z"))).toEqual([]);
  });
});

describe("a reminder's place at send time", () => {
  it("names where the session happens now, for the reminder's own side", () => {
    const queued = { ...BookingUpdateEmail.PreviewProps, kind: "reminder" as const, audience: "coach" as const };
    const moved = { locationKind: "PHONE_BOOKER" as const, locationDetail: null, bookerPhone: "+44 20 7946 0958" };
    expect(reminderWithCurrentPlace(queued, moved)).toEqual({
      ...queued,
      place: { sentence: "Phone call: call Jamie Doe on +44 20 7946 0958", href: "tel:+442079460958" },
    });
    const nowhere = { locationKind: "NONE" as const, locationDetail: null, bookerPhone: null };
    expect(reminderWithCurrentPlace(queued, nowhere).place).toBeNull();
  });
});
