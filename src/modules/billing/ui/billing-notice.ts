// What the billing page tells an owner about where the practice stands and what to do next,
// for every state a subscription can be in. Written for someone who runs a coaching practice,
// not a server: how to switch payments on is the README's business, not this page's.

export interface BillingFacts {
  /** Whether this installation can take payments (Stripe is connected). */
  configured: boolean;
  status: string | null;
  practiceName: string;
  trialEnd: Date | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  freePlan: { coachSeats: number; activeClients: number };
}

/** Where the page points the owner: Stripe's billing portal, the form to subscribe, or nowhere. */
export type BillingNextStep = "portal" | "subscribe" | null;

export interface BillingNotice {
  tone: "neutral" | "brand" | "warning" | "danger";
  title: string;
  body: string;
  next: BillingNextStep;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const READ_ONLY_TITLES: Record<string, string> = {
  canceled: "Your subscription has ended",
  unpaid: "An invoice is still unpaid",
  incomplete_expired: "The first payment didn't go through",
  paused: "The free trial ended without a payment card",
};

const READ_ONLY_EFFECT =
  "The practice is read-only for now: your team can see everything but can't make changes, and clients keep working on their projects. Nothing has been deleted.";

const freePlanIncludes = ({ freePlan }: BillingFacts) =>
  `${plural(freePlan.coachSeats, "coach", "coaches")} and up to ${freePlan.activeClients} active clients`;

function unconfigured(facts: BillingFacts): BillingNotice {
  const free = freePlanIncludes(facts);
  const standing = !facts.status
    ? `Until then ${facts.practiceName} is on the Free plan: ${free}.`
    : READ_ONLY_TITLES[facts.status]
      ? "The subscription on record for this practice has ended, so the practice is read-only; it can be renewed once payments are on. Nothing has been deleted."
      : "The plan below is the one on record for this practice. It keeps working, but it can't be changed here until then.";
  return {
    tone: "neutral",
    title: "Online payments aren't switched on yet",
    body: `${standing} Whoever runs Fieldnotes for your practice can switch payments on; the steps are in the Fieldnotes setup guide.`,
    next: null,
  };
}

/** The notice for the practice's current state, or null when there is nothing to say beyond the plan itself. */
export function billingNotice(facts: BillingFacts, date: (value: Date) => string): BillingNotice | null {
  if (!facts.configured) return unconfigured(facts);
  const { status } = facts;
  if (status === null || status === "incomplete") {
    return {
      tone: "neutral",
      title: `${facts.practiceName} is on the Free plan`,
      body: `It includes ${freePlanIncludes(facts)}. For more coaches or clients, choose a paid plan below; a first subscription starts with a free trial.`,
      next: null,
    };
  }
  if (status === "past_due") {
    return {
      tone: "warning",
      title: "A payment didn't go through",
      body: "Everyone keeps working while Stripe tries the card again over the next few days. Update the card in the billing portal so the practice doesn't become read-only.",
      next: "portal",
    };
  }
  const ended = READ_ONLY_TITLES[status];
  if (ended) {
    const how =
      status === "unpaid"
        ? "Pay the open invoice in the billing portal, or subscribe again below, to pick up where you left off."
        : "Subscribe again below to pick up where you left off.";
    return {
      tone: "danger",
      title: ended,
      body: `${READ_ONLY_EFFECT} ${how}`,
      next: status === "unpaid" ? "portal" : "subscribe",
    };
  }
  const ends = status === "trialing" ? facts.trialEnd : facts.currentPeriodEnd;
  if (facts.cancelAtPeriodEnd && ends) {
    return {
      tone: "warning",
      title: `Your ${status === "trialing" ? "free trial" : "subscription"} ends on ${date(ends)} and won't renew`,
      body: "Everything works as usual until then; afterwards the practice becomes read-only. To keep it, turn renewal back on in the billing portal.",
      next: "portal",
    };
  }
  if (status === "trialing" && ends) {
    return {
      tone: "brand",
      title: `Your free trial ends on ${date(ends)}`,
      body: `Until then everything works as on the paid plan. After that, Stripe charges the card you gave at checkout for each coach seat; nothing is charged if you cancel in the billing portal below before ${date(ends)}.`,
      next: null,
    };
  }
  return null;
}
