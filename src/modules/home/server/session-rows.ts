import { placeFor, type Audience } from "~/modules/bookings/domain/session-place";
import type * as repo from "./home.repo";

type SessionRecord = Awaited<ReturnType<typeof repo.upcomingSessions>>["rows"][number];

/** A session as a home lists it: when, what, with whom, and where (worded for the reader's side, with its link). */
export function sessionRow(session: SessionRecord, audience: Audience) {
  const place = placeFor(
    audience,
    { location: { kind: session.locationKind, detail: session.locationDetail }, bookerPhone: session.bookerPhone },
    { coach: session.coach.displayName, booker: session.bookerName },
  );
  return {
    id: session.id,
    startAt: session.startAt,
    endAt: session.endAt,
    sessionName: session.sessionType.name,
    clientId: session.client.id,
    clientName: session.client.name,
    coachName: session.coach.displayName,
    place,
    /** The meeting link of a video session: the one thing to click when it starts. */
    joinUrl: session.locationKind === "VIDEO" ? (place?.href ?? null) : null,
  };
}

export type SessionRow = ReturnType<typeof sessionRow>;
