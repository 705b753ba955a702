import type { TenantContext } from "~/server/api/tenant-context";
import { isAdminRole, isStaffRole } from "~/server/auth/roles";
import { AppError, notFound } from "~/server/errors";
import * as repo from "./session-type.repo";

export function requireCoachRole(ctx: TenantContext) {
  // The procedures are gated to staff already; this keeps the rule true for any other caller of the service.
  if (!isStaffRole(ctx.membership.role)) {
    throw new AppError("FORBIDDEN", "Only owners, admins and coaches take bookings.");
  }
}

/**
 * Whose booking setup the caller may change: an owner or admin any coach's of the practice (null: no restriction),
 * a coach only the profile of their own membership. Another coach's rows are then simply not found.
 */
export const managedCoachMembership = (ctx: TenantContext): string | null =>
  isAdminRole(ctx.membership.role) ? null : ctx.membership.id;

/**
 * The coach named (or the caller's own profile when none is), if the caller may manage their booking setup (session
 * types, calendars); null when the caller has no profile yet.
 */
export async function coachToManage(ctx: TenantContext, coachProfileId: string | undefined) {
  requireCoachRole(ctx);
  if (coachProfileId === undefined) return repo.findCoachByMembership(ctx.db, ctx.membership.id);
  const coach = await repo.findManagedCoach(ctx.db, coachProfileId, managedCoachMembership(ctx));
  if (!coach) throw notFound("That coach");
  return coach;
}

/** Every coach whose booking setup the caller may manage: all of the practice's for an owner or admin. */
export const managedCoaches = (ctx: TenantContext) => repo.listManagedCoaches(ctx.db, managedCoachMembership(ctx));
