/** The JSON shape of a booking in the public API (docs/API.md). */
export function publicBookingView(
  booking: { uid: string; startAt: Date; endAt: Date; status: string; bookerName: string; bookerTimeZone: string },
  extra: {
    manageUrl?: string;
    coach?: { slug: string; displayName: string };
    practice?: { slug: string; name: string };
  } = {},
) {
  return {
    uid: booking.uid,
    start: booking.startAt.toISOString(),
    end: booking.endAt.toISOString(),
    status: booking.status.toLowerCase(),
    name: booking.bookerName,
    timeZone: booking.bookerTimeZone,
    ...(extra.coach ? { coach: extra.coach } : {}),
    ...(extra.practice ? { practice: extra.practice } : {}),
    ...(extra.manageUrl ? { manageUrl: extra.manageUrl } : {}),
  };
}
