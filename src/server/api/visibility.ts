import { isAdminRole } from "~/server/auth/roles";
import type { Prisma, Role } from "~/server/db/client";

// Who sees what inside a practice, decided once per request from the caller's membership and
// put on the tenant context (`ctx.visible`). The tenant data layer already pins every query to
// the practice; these filters narrow it to the caller's role, and every query of this data
// spreads one of them into its `where`. A row outside the filter looks exactly like a row that
// does not exist (NOT_FOUND), never FORBIDDEN.

export interface Visibility {
  /** Projects the caller may read: an admin all of the practice, a coach those of their clients, a client their own. */
  readonly projects: Prisma.ProjectWhereInput;
  /** Projects the caller works as the client: only these accept contacts, outreach, interviews and reflections. */
  readonly ownProjects: Prisma.ProjectWhereInput;
  /** Clients the caller may read: an admin all, a coach their own, a client themself. */
  readonly clients: Prisma.ClientWhereInput;
  /** Staff see only what a client shared (submitted, not private) on projects they may see; a client all of theirs. */
  readonly reflections: Prisma.ReflectionWhereInput;
  /**
   * Private notes about visible clients: the author's own and those shared with the team — admins
   * included, because coaches write candidly only if "private" means private.
   */
  readonly coachNotes: Prisma.CoachNoteWhereInput;
  /** Sessions: an admin every coach's, a coach those on their own calendar, a client their own. */
  readonly bookings: Prisma.BookingWhereInput;
}

export function visibilityOf(membership: { id: string; role: Role }, actor: { userId: string }): Visibility {
  const ownProjects: Prisma.ProjectWhereInput = { client: { userId: actor.userId } };
  const admin = isAdminRole(membership.role);
  const coach = membership.role === "COACH";
  const mine = { membershipId: membership.id };
  const projects = admin ? {} : coach ? { OR: [{ coach: mine }, { client: { coach: mine } }] } : ownProjects;
  const clients = admin ? {} : coach ? { coach: mine } : { userId: actor.userId };
  return {
    projects,
    ownProjects,
    clients,
    reflections:
      membership.role === "CLIENT"
        ? { project: ownProjects }
        : { project: projects, isPrivate: false, status: { in: ["SUBMITTED", "REVIEWED"] } },
    coachNotes: { client: clients, OR: [{ authorUserId: actor.userId }, { sharedWithTeam: true }] },
    bookings: admin ? {} : coach ? { coach: mine } : { client: { userId: actor.userId } },
  };
}
