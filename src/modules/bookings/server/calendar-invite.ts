import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

interface InviteInput {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  /** The meeting URL, the number to call or the address; null when the session names no place. */
  location: string | null;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/** REQUEST and CANCEL go with emails (an invitation, a withdrawal); PUBLISH is a file to add by hand. */
export type InviteMethod = "REQUEST" | "CANCEL" | "PUBLISH";

const METHODS: Record<InviteMethod, ICalCalendarMethod> = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
  PUBLISH: ICalCalendarMethod.PUBLISH,
};

/** An RFC 5545 calendar; the stable UID and rising SEQUENCE let calendars update or remove the same event. */
export function calendarInvite<Method extends InviteMethod>(
  input: InviteInput,
  method: Method,
): { method: Method; content: string } {
  const calendar = ical({
    name: "Fieldnotes",
    method: METHODS[method],
    prodId: { company: "Fieldnotes", product: "bookings" },
  });
  calendar.createEvent({
    ...eventOf(input),
    organizer: input.organizer,
    attendees: [{ name: input.attendee.name, email: input.attendee.email, rsvp: false }],
    status: method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return { method, content: calendar.toString() };
}

/** What every copy of the session says, whoever holds it: one UID, so calendars see one event. */
const eventOf = (input: InviteInput) => ({
  id: `${input.uid}@fieldnotes`,
  sequence: input.sequence,
  start: input.start,
  end: input.end,
  summary: input.summary,
  description: input.description,
  location: input.location,
  url: input.url,
});

/**
 * The session as an event stored in the coach's own calendar (CalDAV) or feed: the same UID and SEQUENCE as the
 * invitations, so calendars that also got the invite see one event. No METHOD (a stored object has none, RFC 4791)
 * and no organizer or attendees, so a server that schedules (iCloud, Fastmail) never invites the client a second time.
 */
export function storedCalendarEvents(inputs: readonly InviteInput[], name = "Fieldnotes sessions"): string {
  const calendar = ical({ name, prodId: { company: "Fieldnotes", product: "sessions" } });
  for (const input of inputs) calendar.createEvent({ ...eventOf(input), status: ICalEventStatus.CONFIRMED });
  return calendar.toString();
}
