// What an owner or admin still has to do before the practice runs by itself, from facts the
// service counts. Only what is still undone is listed, most blocking first: nobody can book
// until a coach has hours and something is public; a practice without clients has no work yet.

/** The colour every practice starts with (the schema's default): still having it means nobody chose one. */
export const DEFAULT_BRAND_COLOR = "#0f766e";

export interface SetupFacts {
  /** Coach profiles of current members. */
  coaches: ReadonlyArray<{ bookingEnabled: boolean; weeklyHours: unknown; publicSessionTypes: number }>;
  /** Current members with the COACH role. */
  coachMembers: number;
  clients: number;
  pendingInvitations: number;
  branding: { brandColor: string; logoUrl: string | null };
}

export type SetupTaskKey =
  "invite-coach" | "availability" | "public-session" | "first-client" | "branding" | "invitations";

export interface SetupTask {
  key: SetupTaskKey;
  title: string;
  detail: string;
  /** Where it is done, inside the practice ("/availability"). */
  path: string;
  action: string;
}

/** Weekly hours as stored ([{ weekday, ranges: [...] }]) with at least one range on some day. */
function hasWeeklyHours(weeklyHours: unknown): boolean {
  return (
    Array.isArray(weeklyHours) &&
    weeklyHours.some((day: { ranges?: unknown }) => Array.isArray(day?.ranges) && day.ranges.length > 0)
  );
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function setupTasks(facts: SetupFacts): SetupTask[] {
  const bookable = facts.coaches.filter((coach) => coach.bookingEnabled && hasWeeklyHours(coach.weeklyHours));
  const tasks: SetupTask[] = [];
  if (facts.coaches.length === 0 && facts.coachMembers === 0) {
    tasks.push({
      key: "invite-coach",
      title: "Invite your first coach",
      detail: "Clients book the coaches of your practice. If you coach too, set your own hours on Availability.",
      path: "/members#invite",
      action: "Invite a coach",
    });
  } else if (bookable.length === 0) {
    tasks.push({
      key: "availability",
      title: "Nobody can be booked yet",
      detail: "Set weekly hours on Availability so clients can pick a time.",
      path: "/availability",
      action: "Set availability",
    });
  }
  if (bookable.length > 0 && bookable.every((coach) => coach.publicSessionTypes === 0)) {
    tasks.push({
      key: "public-session",
      title: "Nothing is on your booking page",
      detail: "Make a session type public, such as the free discovery session, so visitors can book.",
      path: "/availability#session-types-heading",
      action: "Choose session types",
    });
  }
  if (facts.clients === 0) {
    tasks.push({
      key: "first-client",
      title: "Add your first clients",
      detail: "Add them one at a time or import a CSV file. People who book a discovery session arrive as leads.",
      path: "/clients",
      action: "Add clients",
    });
  }
  if (facts.branding.brandColor.toLowerCase() === DEFAULT_BRAND_COLOR && !facts.branding.logoUrl) {
    tasks.push({
      key: "branding",
      title: "Add your logo and colour",
      detail: "Your booking page and the emails clients receive carry them.",
      path: "/settings",
      action: "Open settings",
    });
  }
  if (facts.pendingInvitations > 0) {
    tasks.push({
      key: "invitations",
      title: `${plural(facts.pendingInvitations, "invitation is", "invitations are")} not accepted yet`,
      detail: "Resend or revoke them on the People page.",
      path: "/members",
      action: "Review invitations",
    });
  }
  return tasks;
}
