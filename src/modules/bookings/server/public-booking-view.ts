import type { LocationKind, SessionTypeDefinition } from "~/modules/scheduling/domain/session-types";
import { placeFor } from "../domain/session-place";

interface ViewedBooking {
  uid: string;
  startAt: Date;
  endAt: Date;
  status: string;
  bookerName: string;
  bookerTimeZone: string;
  bookerPhone: string | null;
  locationKind: LocationKind;
  locationDetail: string | null;
}

/** What every booking answer of the public API names besides the booking: its type and its coach. */
export interface BookingContext {
  sessionType: Pick<SessionTypeDefinition, "slug" | "name" | "rules">;
  coach: { slug: string; displayName: string; practice: { slug: string; name: string } };
}

/** The JSON shape of a booking in the public API (docs/API.md); `location` is worded for the booker. */
export function publicBookingView(
  booking: ViewedBooking,
  { sessionType, coach }: BookingContext,
  extra: { manageUrl?: string; withCoach?: boolean } = {},
) {
  const place = placeFor(
    "booker",
    { location: { kind: booking.locationKind, detail: booking.locationDetail }, bookerPhone: booking.bookerPhone },
    { coach: coach.displayName, booker: booking.bookerName },
  );
  return {
    uid: booking.uid,
    start: booking.startAt.toISOString(),
    end: booking.endAt.toISOString(),
    status: booking.status.toLowerCase(),
    name: booking.bookerName,
    timeZone: booking.bookerTimeZone,
    sessionType: { slug: sessionType.slug, name: sessionType.name, durationMinutes: sessionType.rules.durationMinutes },
    location: place && {
      kind: booking.locationKind.toLowerCase(),
      label: place.label,
      value: place.value,
      text: place.sentence,
    },
    ...(extra.withCoach
      ? {
          coach: { slug: coach.slug, displayName: coach.displayName },
          practice: { slug: coach.practice.slug, name: coach.practice.name },
        }
      : {}),
    ...(extra.manageUrl ? { manageUrl: extra.manageUrl } : {}),
  };
}
