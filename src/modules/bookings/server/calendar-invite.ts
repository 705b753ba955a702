import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

interface InviteInput {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  url: string;
  cancelled?: boolean;
}

/** An RFC 5545 invitation; the stable UID and rising SEQUENCE let calendars update or remove the same event. */
export function calendarInvite(input: InviteInput): { method: "REQUEST" | "CANCEL"; content: string } {
  const method = input.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  const calendar = ical({ name: "Fieldnotes", method, prodId: { company: "Fieldnotes", product: "bookings" } });
  calendar.createEvent({
    id: `${input.uid}@fieldnotes`,
    sequence: input.sequence,
    start: input.start,
    end: input.end,
    summary: input.summary,
    description: input.description,
    url: input.url,
    organizer: input.organizer,
    attendees: [{ name: input.attendee.name, email: input.attendee.email, rsvp: false }],
    status: input.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return { method: input.cancelled ? "CANCEL" : "REQUEST", content: calendar.toString() };
}
