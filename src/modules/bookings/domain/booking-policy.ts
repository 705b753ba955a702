type BookingStatus = "CONFIRMED" | "CANCELLED" | "COMPLETED" | "NO_SHOW";

type PolicyResult = { ok: true } | { ok: false; reason: string };
/** `changeWindow`: the session could change, but only its coach may change it this close to the start. */
type BookerPolicyResult = { ok: true } | { ok: false; reason: string; changeWindow: boolean };
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

const HOUR_MS = 3_600_000;

/** The session type's rule, as bookers read it on the manage page, in emails and in API errors. */
export const changeWindowPolicy = (hours: number) =>
  `Changes within ${hours === 1 ? "1 hour" : `${hours} hours`} of the start go through your coach.`;

/**
 * What the booker may do with their manage link: what canChange allows, except within the session type's change
 * window (changeWindowHours before the start; 0 = no window). The coach's own changes never ask this.
 */
export function bookerCanChange(booking: BookingFacts, changeWindowHours: number, now: Date): BookerPolicyResult {
  const policy = canChange(booking, now);
  if (!policy.ok) return { ...policy, changeWindow: false };
  if (changeWindowHours > 0 && booking.startAt.getTime() - now.getTime() < changeWindowHours * HOUR_MS) {
    return { ok: false, reason: changeWindowPolicy(changeWindowHours), changeWindow: true };
  }
  return { ok: true };
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
