import { readOnlyReason, standingOf, type Standing } from "~/lib/plan-standing";
import { FREE_PLAN } from "./plans";

export { standingOf, type Standing };

// The billing state machine: what a practice may do given the subscription last read from
// Stripe and what it uses today. Pure — services load the facts and enforce the answers.

export type RuleResult = { ok: true } | { ok: false; reason: string };
const ok: RuleResult = { ok: true };
const refuse = (reason: string): RuleResult => ({ ok: false, reason });

/** Statuses of a subscription that is still going (as opposed to ended for good). */
const LIVE_STATUSES: readonly string[] = ["trialing", "active", "past_due", "unpaid", "paused", "incomplete"];

/** Every limit asks this first: a lapsed practice adds nothing. */
export function checkWrite(standing: Standing): RuleResult {
  const reason = readOnlyReason(standing);
  return reason ? refuse(reason) : ok;
}

export function checkAddCoach(
  standing: Standing,
  usage: { coachesInUse: number; pendingCoachInvitations: number },
): RuleResult {
  const write = checkWrite(standing);
  if (!write.ok) return write;
  if (standing.tier !== "free") return ok; // paid seats follow membership: a new coach adds a seat
  if (usage.coachesInUse + usage.pendingCoachInvitations + 1 <= FREE_PLAN.coachSeats) return ok;
  const pending = usage.pendingCoachInvitations > 0 ? " (counting invitations not yet accepted)" : "";
  return refuse(
    `The free plan includes ${FREE_PLAN.coachSeats} coach${pending}. Upgrade to a paid plan to add more coaches.`,
  );
}

export function checkActivateClient(standing: Standing, usage: { activeClients: number }): RuleResult {
  const write = checkWrite(standing);
  if (!write.ok) return write;
  if (standing.tier !== "free" || usage.activeClients < FREE_PLAN.activeClients) return ok;
  return refuse(
    `The free plan includes up to ${FREE_PLAN.activeClients} active clients, and this practice has ${usage.activeClients}. Upgrade to a paid plan to activate more.`,
  );
}

export const MAX_SEATS = 500;

/** A seat count chosen in the app: never below the coaches using seats today. */
export function checkSeatChange(requested: number, coachesInUse: number): RuleResult {
  if (!Number.isInteger(requested) || requested < 1) return refuse("A paid plan needs at least one seat.");
  if (requested > MAX_SEATS) return refuse(`Contact us for more than ${MAX_SEATS} seats.`);
  if (requested < coachesInUse) {
    return refuse(
      `This practice has ${coachesInUse} coaches, so it needs at least ${coachesInUse} seats. Remove a coach on the People page first.`,
    );
  }
  return ok;
}

/**
 * The seat count after a coach joins or leaves. A new coach takes a spare seat if there is one
 * and adds a seat otherwise; a coach leaving removes a seat but keeps the spares the admin
 * bought. Never below the coaches in use, never below one.
 */
export function seatQuantityAfterChange(change: { paid: number; usedBefore: number; usedAfter: number }): number {
  const { paid, usedBefore, usedAfter } = change;
  const next = usedAfter >= usedBefore ? Math.max(paid, usedAfter) : paid - (usedBefore - usedAfter);
  return Math.max(1, usedAfter, next);
}

/** The paid quantity a new subscription starts with: one seat per coach, at least one. */
export const initialSeatQuantity = (coachesInUse: number) => Math.max(1, coachesInUse);

/**
 * Whether a subscription read from Stripe should replace the one stored. The stored one stays
 * when it is still going and the fetched one is a different, ended subscription (an old one's
 * late event must not overwrite the current one).
 */
export function shouldAdoptSubscription(
  stored: { subscriptionId: string | null; status: string | null },
  fetched: { id: string; status: string },
): boolean {
  if (!stored.subscriptionId || stored.subscriptionId === fetched.id) return true;
  const storedLive = stored.status !== null && LIVE_STATUSES.includes(stored.status);
  const fetchedLive = LIVE_STATUSES.includes(fetched.status);
  return fetchedLive || !storedLive;
}

export type BillingNotice = "payment_failed" | "trial_ending";

/** Emails a status change calls for: entering past_due tells the admins once. */
export function noticesForTransition(previous: string | null, next: string | null): BillingNotice[] {
  return next === "past_due" && previous !== "past_due" ? ["payment_failed"] : [];
}

/** May this practice start a trial? Only before its first subscription. */
export const trialAvailable = (stored: { subscriptionId: string | null } | null) => !stored?.subscriptionId;
