import type { TenantContext } from "~/server/api/tenant-context";
import type { Role } from "~/server/db/client";
import { assertCanAddCoach } from "./plan-guard";
import { queueSeatSync } from "./seat-sync";

// The plan's gates around membership changes, applied by members.router.ts: a coach takes a
// paid seat (owners, admins and clients do not), so adding one checks the plan first and
// every change of the coach count queues the subscription's new quantity in its transaction.

const coachSeatDelta = (before: Role | null, after: Role | null) =>
  (after === "COACH" ? 1 : 0) - (before === "COACH" ? 1 : 0);

/** Before an invitation is sent (or sent again). */
export async function gateInvitation(ctx: TenantContext, role: Role) {
  if (role === "COACH") await assertCanAddCoach(ctx);
}

/**
 * Around a role change (`newRole`) or a removal (`newRole: null`). Removal is allowed on a
 * lapsed plan too: it never costs anything and can bring the practice back within its plan.
 */
export async function withCoachSeats<T>(
  ctx: TenantContext,
  membershipId: string,
  newRole: Role | null,
  change: () => Promise<T>,
): Promise<T> {
  const target = await ctx.db.membership.findFirst({
    where: { id: membershipId, removedAt: null },
    select: { role: true },
  });
  const delta = target ? coachSeatDelta(target.role, newRole) : 0;
  if (delta > 0) await assertCanAddCoach(ctx);
  const result = await change();
  const key = `${membershipId}-${newRole ?? "removed"}-${ctx.clock.now().getTime()}`;
  await queueSeatSync(ctx.db, { practiceId: ctx.practice.id, delta, key });
  return result;
}
