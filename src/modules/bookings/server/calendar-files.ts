import { googleCalendarUrl, outlookCalendarUrl } from "../domain/calendar-links";
import { placeOf, sessionEvent, type NotifiableSession } from "./booking-notifications";
import { calendarInvite } from "./calendar-invite";
import { findManagedBooking, type ManagedBooking } from "./public-bookings.service";

// The booker's own ways to put their session in a calendar, beside the invitation in the email:
// an .ics file behind the manage link, and Google and Outlook compose links.

const sessionOf = (booking: ManagedBooking): NotifiableSession => ({
  booking,
  coach: booking.coach,
  type: booking.sessionType,
});

/** The session as a calendar file; the same event (UID, SEQUENCE) as the emailed invitations, so it updates them. */
export async function bookingCalendarFile(uid: string, token: string) {
  const booking = await findManagedBooking(uid, token);
  const cancelled = booking.status === "CANCELLED";
  return calendarInvite(sessionEvent("booker", sessionOf(booking), { cancelled }), cancelled ? "CANCEL" : "PUBLISH")
    .content;
}

/**
 * Google and Outlook links for the booker. They leave Fieldnotes in the browser's history and the provider's logs,
 * so they carry what the session is and where, but not the manage link the .ics file and the emails carry.
 */
export function addToCalendarLinks(booking: ManagedBooking) {
  const place = placeOf("booker", sessionOf(booking));
  const { coach, sessionType } = booking;
  const join = booking.locationKind === "VIDEO" && place?.href ? `Join: ${place.href}` : place?.sentence;
  const event = {
    title: `${sessionType.name} with ${coach.displayName}`,
    start: booking.startAt,
    end: booking.endAt,
    details: [`${sessionType.name} with ${coach.displayName}, ${coach.practice.name}.`, join]
      .filter(Boolean)
      .join("\n"),
    location: place?.value ?? null,
  };
  return { google: googleCalendarUrl(event), outlook: outlookCalendarUrl(event) };
}
