type BookingStatus = "CONFIRMED" | "CANCELLED" | "COMPLETED" | "NO_SHOW";

type PolicyResult = { ok: true } | { ok: false; reason: string };
const ok: PolicyResult = { ok: true };

interface BookingFacts {
  status: BookingStatus;
  startAt: Date;
}

/** Bookers and coaches change only sessions that are still ahead and confirmed. */
export function canChange(booking: BookingFacts, now: Date): PolicyResult {
  if (booking.status === "CANCELLED") return { ok: false, reason: "This session was already cancelled." };
  if (booking.status !== "CONFIRMED") return { ok: false, reason: "This session has already taken place." };
  if (booking.startAt.getTime() <= now.getTime()) {
    return { ok: false, reason: "This session has already started, so it can no longer be changed." };
  }
  return ok;
}

/** Completed or no-show is recorded once the session has started, and can be corrected later. */
export function canRecordOutcome(booking: BookingFacts, now: Date): PolicyResult {
  if (booking.status === "CANCELLED") return { ok: false, reason: "A cancelled session has no outcome to record." };
  if (booking.startAt.getTime() > now.getTime()) {
    return { ok: false, reason: "You can mark a session completed or missed once it has started." };
  }
  return ok;
}

/** The range the database's exclusion constraint compares: the session widened by its buffers. */
export function blockedRange(start: Date, end: Date, bufferBeforeMinutes: number, bufferAfterMinutes: number) {
  return {
    blockedFrom: new Date(start.getTime() - bufferBeforeMinutes * 60_000),
    blockedUntil: new Date(end.getTime() + bufferAfterMinutes * 60_000),
  };
}
