import { readOnlyReason, type Standing } from "~/lib/plan-standing";
import { FREE_PLAN } from "~/modules/billing/domain/plans";

// The plan's standing in two lines for the owner's home, from the subscription as last read
// from Stripe (the same facts the billing page shows) and what the practice uses. It says what,
// if anything, to do next; the billing page is where it is done.

const DAY_MS = 86_400_000;
/** A trial this close to its end asks the owner to look at billing. */
const TRIAL_WARNING_DAYS = 3;

export interface PlanFacts {
  standing: Standing;
  trialEnd: Date | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  coachesInUse: number;
  activeClients: number;
}

export interface PlanSummary {
  tone: "neutral" | "brand" | "success" | "warning" | "danger";
  title: string;
  detail: string;
  /** The billing link's words. */
  action: string;
}

function inDays(end: Date, now: Date): string {
  const days = Math.ceil((end.getTime() - now.getTime()) / DAY_MS);
  if (days <= 0) return "today";
  return days === 1 ? "tomorrow" : `in ${days} days`;
}

export function planSummary(facts: PlanFacts, now: Date): PlanSummary {
  const { standing } = facts;
  if (standing.access === "read_only") {
    return {
      tone: "danger",
      title: "Read-only",
      detail: readOnlyReason(standing) ?? "",
      action: "Restore the subscription",
    };
  }
  if (standing.access === "grace") {
    return {
      tone: "danger",
      title: "A payment failed",
      detail: "Everyone keeps access while Stripe retries. Update the payment method to avoid an interruption.",
      action: "Update the payment method",
    };
  }
  if (standing.tier === "free") {
    const usage = `${facts.coachesInUse} of ${FREE_PLAN.coachSeats} coach seat${FREE_PLAN.coachSeats === 1 ? "" : "s"} and ${facts.activeClients} of ${FREE_PLAN.activeClients} active clients used.`;
    // One coach on one seat is the free plan working as meant; no room for another client is a limit met.
    const full = facts.coachesInUse > FREE_PLAN.coachSeats || facts.activeClients >= FREE_PLAN.activeClients;
    return {
      tone: full ? "warning" : "neutral",
      title: "Free plan",
      detail: full ? `${usage} Upgrade to add more.` : usage,
      action: "See paid plans",
    };
  }
  if (standing.status === "trialing" && facts.trialEnd) {
    const ends = inDays(facts.trialEnd, now);
    const soon = facts.trialEnd.getTime() - now.getTime() <= TRIAL_WARNING_DAYS * DAY_MS;
    return {
      tone: soon || facts.cancelAtPeriodEnd ? "warning" : "brand",
      title: "Free trial",
      detail: facts.cancelAtPeriodEnd
        ? `The trial ends ${ends} and the plan will not carry on. Resume it to keep your coaches and clients.`
        : soon
          ? `The trial ends ${ends}. Check the payment method so the plan carries on.`
          : `The trial ends ${ends}.`,
      action: "Manage billing",
    };
  }
  if (facts.cancelAtPeriodEnd && facts.currentPeriodEnd) {
    return {
      tone: "warning",
      title: "Paid plan, cancelling",
      detail: `The subscription ends ${inDays(facts.currentPeriodEnd, now)}. Resume it to keep your coaches and clients.`,
      action: "Manage billing",
    };
  }
  return {
    tone: "success",
    title: "Paid plan",
    detail: facts.currentPeriodEnd ? `Active. It renews ${inDays(facts.currentPeriodEnd, now)}.` : "Active.",
    action: "Manage billing",
  };
}
