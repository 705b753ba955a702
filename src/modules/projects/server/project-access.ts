import type { TenantContext } from "~/server/api/tenant-context";
import type { Prisma } from "~/server/db/client";
import { AppError } from "~/server/errors";
import { isAdminRole } from "~/server/auth/roles";

// Who may see which project, in one place. The tenant data layer already pins every query to
// the caller's practice; these filters narrow it to the caller's role inside the practice, and
// every project-related query spreads one of them into its `where`. A row outside the filter
// looks exactly like a row that does not exist (NOT_FOUND), never FORBIDDEN.

type Caller = Pick<TenantContext, "membership" | "actor">;

/** Projects the caller may read: an admin all of the practice, a coach those of their clients, a client their own. */
export function visibleProjects(caller: Caller): Prisma.ProjectWhereInput {
  if (isAdminRole(caller.membership.role)) return {};
  if (caller.membership.role === "COACH") {
    const mine = { membershipId: caller.membership.id };
    return { OR: [{ coach: mine }, { client: { coach: mine } }] };
  }
  return ownProjects(caller);
}

/** Projects the caller works as the client: only these accept contacts, outreach, interviews and reflections. */
export function ownProjects(caller: Caller): Prisma.ProjectWhereInput {
  return { client: { userId: caller.actor.userId } };
}

/** Clients the caller may read: an admin all, a coach their own, a client themself. */
export function visibleClients(caller: Caller): Prisma.ClientWhereInput {
  if (isAdminRole(caller.membership.role)) return {};
  if (caller.membership.role === "COACH") return { coach: { membershipId: caller.membership.id } };
  return { userId: caller.actor.userId };
}

/**
 * Reflections the caller may read. Staff see only what the client shared (submitted, not
 * private) on projects they may see; a client sees all of their own, drafts included.
 */
export function visibleReflections(caller: Caller): Prisma.ReflectionWhereInput {
  if (caller.membership.role === "CLIENT") return { project: ownProjects(caller) };
  return { project: visibleProjects(caller), isPrivate: false, status: { in: ["SUBMITTED", "REVIEWED"] } };
}

/** A closed project is read-only for its client's work until the coach reopens it. */
export function assertProjectOpen(project: { status: string }) {
  if (project.status === "CLOSED") {
    throw new AppError("CONFLICT", "This project is closed, so it can't be changed. Ask your coach to reopen it.");
  }
}
