import { describe, expect, it } from "vitest";
import { bookingReminderKey, reminderNoLongerHolds, reminderTargetOf, type RemindedBooking } from "./booking-reminders";

const start = new Date("2026-11-24T10:00:00Z");
const confirmed: RemindedBooking = { status: "CONFIRMED", startAt: start, rescheduleCount: 1 };
const target = { uid: "AbC-d_9", rescheduleCount: 1 };
const at = (iso: string) => new Date(iso);

describe("a booking reminder's key", () => {
  it("names the booking and its version, and reads back to them", () => {
    const key = bookingReminderKey(target);
    expect(key).toBe("booking-reminder:AbC-d_9:1");
    expect(reminderTargetOf(key)).toEqual(target);
  });

  it("is not found in another email's key", () => {
    expect(reminderTargetOf("booking:AbC-d_9:confirmed:0:booker")).toBeNull();
    expect(reminderTargetOf("booking-reminder:AbC-d_9:")).toBeNull();
    expect(reminderTargetOf("booking-reminder:a:b:1")).toBeNull();
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
