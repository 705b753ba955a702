// A practice's standing with its plan, from the subscription status last read from Stripe.
// Pure and shared: the plan gate on every procedure (src/server/api), the billing rules
// (modules/billing/domain) and the pages that explain a lapsed plan all read it from here.

/** Statuses that end access until the practice pays again; nothing is deleted. */
const READ_ONLY_STATUSES: readonly string[] = ["unpaid", "canceled", "incomplete_expired", "paused"];

export type Standing =
  /** No subscription (or a first payment still in progress): the free tier's limits. */
  | { tier: "free"; access: "full" }
  /** Trialing or active: paid limits. */
  | { tier: "paid"; access: "full"; status: string }
  /** A payment failed: keeps access, shows a banner, admins are emailed. */
  | { tier: "paid"; access: "grace"; status: "past_due" }
  /** Unpaid, canceled, expired or paused: read-only until it pays. */
  | { tier: "lapsed"; access: "read_only"; status: string };

export function standingOf(subscription: { status: string | null } | null): Standing {
  const status = subscription?.status ?? null;
  if (status === null || status === "incomplete") return { tier: "free", access: "full" };
  if (status === "past_due") return { tier: "paid", access: "grace", status };
  if (READ_ONLY_STATUSES.includes(status)) return { tier: "lapsed", access: "read_only", status };
  // trialing, active — and any status Stripe adds later: never lock a practice out on a word we don't know.
  return { tier: "paid", access: "full", status };
}

const STATUS_WORDING: Record<string, string> = {
  unpaid: "its last invoice is unpaid",
  canceled: "its subscription was canceled",
  incomplete_expired: "its first payment did not go through",
  paused: "its trial ended without a payment method",
};

/** Why a lapsed practice is read-only, as a sentence for its staff; null while it may write. */
export function readOnlyReason(standing: Standing): string | null {
  if (standing.access !== "read_only") return null;
  const why = STATUS_WORDING[standing.status] ?? `its subscription is ${standing.status}`;
  return `This practice is read-only because ${why}. Nothing has been deleted.`;
}
