import { storedSessionType } from "~/modules/scheduling/domain/session-types";
import { writeAuditEvent } from "~/server/audit/audit-log";
import { cancelBookingBy } from "./booking-changes";
import { queueBookingEmails } from "./booking-notifications";
import { findBookingByUid, practiceDataOf } from "./public-booking.system.repo";

/** What the coach reads as the cancellation's message. */
export const ERASURE_CANCELLATION_MESSAGE = "The person who booked this session asked for their details to be erased.";

/**
 * Cancels an upcoming session whose booker's details were erased: the coach hears of it as of any cancellation
 * (their calendar copy and reminders go too), and nobody writes to the erased address. False when there was
 * nothing to cancel (already cancelled, or past), so running it again changes nothing.
 */
export async function cancelSessionOfErasedBooker(uid: string, now: Date): Promise<boolean> {
  const found = await findBookingByUid(uid);
  if (!found || found.status !== "CONFIRMED" || found.startAt <= now) return false;
  const { sessionType, ...booking } = found;
  return practiceDataOf(booking).$transaction(async (tx) => {
    const cancelled = await cancelBookingBy(tx, booking, "booker", null, now);
    await writeAuditEvent(tx, {
      practiceId: booking.practiceId,
      actorUserId: null,
      action: "bookings.cancel",
      target: { type: "booking", id: booking.id },
      facts: { by: "ERASURE" },
    });
    const session = { booking: cancelled, coach: booking.coach, type: storedSessionType(sessionType) };
    await queueBookingEmails(tx, "cancelled", session, {
      now,
      message: ERASURE_CANCELLATION_MESSAGE,
      audiences: ["coach"],
    });
    return true;
  });
}
