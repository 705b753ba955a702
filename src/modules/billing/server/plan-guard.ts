import { isAdminRole } from "~/modules/practices/domain/roles";
import type { TenantContext } from "~/server/api/tenant-context";
import { tenantDb } from "~/server/db/tenant";
import { AppError } from "~/server/errors";
import {
  checkActivateClient,
  checkAddCoach,
  checkWrite,
  standingOf,
  type RuleResult,
  type Standing,
} from "../domain/entitlements";
import * as repo from "./billing.repo";

// The plan limits, enforced where they bite. Other modules call these inside their
// mutation, before they write: `assertPracticeCanWrite` for anything that changes practice
// data (a lapsed plan is read-only), the specific checks where a limit counts something.

type GuardContext = Pick<TenantContext, "db" | "membership" | "clock">;

export async function practiceStanding(ctx: Pick<TenantContext, "db">): Promise<Standing> {
  return standingOf(await repo.findSubscription(ctx.db));
}

/** The sentence after the reason: admins can fix it on the billing page, everyone else asks them. */
function enforce(ctx: GuardContext, rule: RuleResult, fix: "upgrade" | "restore") {
  if (rule.ok) return;
  const next = isAdminRole(ctx.membership.role)
    ? fix === "upgrade"
      ? "You can upgrade on the Billing page (Settings → Billing)."
      : "You can restore it on the Billing page (Settings → Billing)."
    : "Ask an owner or admin of the practice to upgrade the plan.";
  throw new AppError("LIMIT_REACHED", `${rule.reason} ${next}`);
}

/** Refuses any change while the practice's plan has lapsed (unpaid, canceled, expired, paused). */
export async function assertPracticeCanWrite(ctx: GuardContext) {
  enforce(ctx, checkWrite(await practiceStanding(ctx)), "restore");
}

/** Before inviting a coach, or making someone a coach: the free plan has one coach seat. */
export async function assertCanAddCoach(ctx: GuardContext) {
  const [standing, coachesInUse, pendingCoachInvitations] = await Promise.all([
    practiceStanding(ctx),
    repo.countCoachesInUse(ctx.db),
    repo.countPendingCoachInvitations(ctx.db, ctx.clock.now()),
  ]);
  const rule = checkAddCoach(standing, { coachesInUse, pendingCoachInvitations });
  enforce(ctx, rule, standing.access === "read_only" ? "restore" : "upgrade");
}

/** Before a client becomes ACTIVE: the free plan allows a few active clients. */
export async function assertCanActivateClient(ctx: GuardContext) {
  const [standing, activeClients] = await Promise.all([practiceStanding(ctx), repo.countActiveClients(ctx.db)]);
  enforce(
    ctx,
    checkActivateClient(standing, { activeClients }),
    standing.access === "read_only" ? "restore" : "upgrade",
  );
}

/**
 * Accepting an invitation outside a member's request: the plan may have changed since it was
 * sent. The invitee cannot fix that, so the message sends them back to whoever invited them.
 */
export async function assertInvitationCanBeAccepted(practiceId: string, role: string) {
  const db = tenantDb(practiceId);
  const standing = await practiceStanding({ db });
  if (standing.access === "read_only") {
    throw new AppError(
      "LIMIT_REACHED",
      "This practice is read-only at the moment, so it can't add people. Ask the person who invited you.",
    );
  }
  if (role !== "COACH") return;
  const rule = checkAddCoach(standing, { coachesInUse: await repo.countCoachesInUse(db), pendingCoachInvitations: 0 });
  if (!rule.ok) {
    throw new AppError(
      "LIMIT_REACHED",
      "This practice has no free coach seat on its plan. Ask the person who invited you to upgrade it, then accept again.",
    );
  }
}
