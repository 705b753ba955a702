import type { TenantContext } from "~/server/api/tenant-context";
import { isAdminRole, isStaffRole } from "~/server/auth/roles";
import { AppError } from "~/server/errors";

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
