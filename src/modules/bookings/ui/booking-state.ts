// What a booking's own pages say about where it stands, in one place, so the manage page, the reschedule page and
// a revisited confirmation cannot disagree (a cancelled session once read "Currently booked for" while moving it).

type BadgeTone = "success" | "neutral" | "warning" | "danger";

export type BookingState =
  "upcoming" | "rescheduled" | "past" | "completed" | "missed" | "cancelled-by-booker" | "cancelled-by-coach";

interface BookingFacts {
  status: "CONFIRMED" | "CANCELLED" | "COMPLETED" | "NO_SHOW";
  startAt: Date;
  rescheduleCount: number;
  cancelledBy: string | null;
}

export function bookingStateOf(booking: BookingFacts, now: Date): BookingState {
  switch (booking.status) {
    case "CANCELLED":
      return booking.cancelledBy === "coach" ? "cancelled-by-coach" : "cancelled-by-booker";
    case "COMPLETED":
      return "completed";
    case "NO_SHOW":
      return "missed";
    case "CONFIRMED":
      if (booking.startAt.getTime() <= now.getTime()) return "past";
      return booking.rescheduleCount > 0 ? "rescheduled" : "upcoming";
  }
}

export interface BookingStateWords {
  badge: { label: string; tone: BadgeTone };
  /** Leads the session's time where another time is being picked: "Currently booked for" only while it is. */
  timeLead: string;
  /** Why it is closed to changes, for a session that is over; otherwise the booking policy's own reason applies. */
  closed?: string;
}

export function bookingStateWords(state: BookingState, coachName: string): BookingStateWords {
  switch (state) {
    case "upcoming":
      return { badge: { label: "Confirmed", tone: "success" }, timeLead: "Currently booked for" };
    case "rescheduled":
      return { badge: { label: "Rescheduled", tone: "success" }, timeLead: "Currently booked for" };
    case "past":
      return { badge: { label: "Past", tone: "neutral" }, timeLead: "This session was on" };
    case "completed":
      return {
        badge: { label: "Completed", tone: "neutral" },
        timeLead: "This session was on",
        closed: "This session has taken place.",
      };
    case "missed":
      return {
        badge: { label: "Missed", tone: "warning" },
        timeLead: "This session was on",
        closed: "This session was marked as missed.",
      };
    case "cancelled-by-booker":
      return {
        badge: { label: "Cancelled", tone: "danger" },
        timeLead: "Cancelled. It was booked for",
        closed: "You cancelled this session.",
      };
    case "cancelled-by-coach":
      return {
        badge: { label: "Cancelled", tone: "danger" },
        timeLead: "Cancelled. It was booked for",
        closed: `${coachName} cancelled this session.`,
      };
  }
}

export const isCancelled = (state: BookingState) => state.startsWith("cancelled");
