import type { TenantContext } from "~/server/api/tenant-context";
import { planLimitError } from "~/server/api/plan-gate";
import { AppError } from "~/server/errors";
import { checkActivateClient, checkAddCoach, standingOf, type RuleResult } from "../domain/entitlements";
import * as repo from "./billing.repo";

// The plan limits that count something, enforced where they bite. (Whether a lapsed practice
// may change anything at all is decided once for every mutation: src/server/api/plan-gate.ts.)
// Each check takes a lock for its count before counting, inside the mutation's transaction,
// so concurrent attempts queue and each one sees the others' rows: ten at once cannot all
// pass a limit that one of them fills.

/** The lock an invitation's acceptance takes too (outside a member's request). */
export const COACH_SEATS_LOCK = "coach-seats";

type GuardContext = Pick<TenantContext, "db" | "membership" | "clock" | "standing">;

function enforce(ctx: GuardContext, rule: RuleResult) {
  if (rule.ok) return;
  throw planLimitError(ctx.membership.role, rule.reason, ctx.standing.access === "read_only" ? "restore" : "upgrade");
}

/** Before inviting a coach, or making someone a coach: the free plan has one coach seat. */
export async function assertCanAddCoach(ctx: GuardContext) {
  await ctx.db.$lock(COACH_SEATS_LOCK);
  const coachesInUse = await repo.countCoachesInUse(ctx.db);
  const pendingCoachInvitations = await repo.countPendingCoachInvitations(ctx.db, ctx.clock.now());
  enforce(ctx, checkAddCoach(ctx.standing, { coachesInUse, pendingCoachInvitations }));
}

/** Before a client becomes ACTIVE: the free plan allows a few active clients. */
export async function assertCanActivateClient(ctx: GuardContext) {
  await ctx.db.$lock("active-clients");
  enforce(ctx, checkActivateClient(ctx.standing, { activeClients: await repo.countActiveClients(ctx.db) }));
}

/**
 * Accepting an invitation outside a member's request: the plan may have changed since it was
 * sent. The invitee cannot fix that, so the message sends them back to whoever invited them.
 * Called inside the acceptance's transaction, after it has taken COACH_SEATS_LOCK.
 */
export function assertInvitationCanBeAccepted(
  role: string,
  facts: { subscriptionStatus: string | null; coachesInUse: number },
) {
  const standing = standingOf({ status: facts.subscriptionStatus });
  // Clients keep working while a plan has lapsed, and a client's invitation costs no seat: it only lets them in.
  if (role === "CLIENT") return;
  if (standing.access === "read_only") {
    throw new AppError(
      "LIMIT_REACHED",
      "This practice is read-only at the moment, so it can't add people. Ask the person who invited you.",
    );
  }
  if (role !== "COACH") return;
  if (!checkAddCoach(standing, { coachesInUse: facts.coachesInUse, pendingCoachInvitations: 0 }).ok) {
    throw new AppError(
      "LIMIT_REACHED",
      "This practice has no free coach seat on its plan. Ask the person who invited you to upgrade it, then accept again.",
    );
  }
}
