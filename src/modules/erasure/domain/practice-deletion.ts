// An owner may delete a practice only once nothing is billed for it: on the free tier, or after its subscription
// has ended. Stripe's statuses as stored on PracticeSubscription.status.

const ENDED_STATUSES: readonly string[] = ["canceled", "incomplete_expired"];

export function practiceDeletionRefusal(subscription: { status: string | null } | null): string | null {
  const status = subscription?.status ?? null;
  if (status === null || ENDED_STATUSES.includes(status)) return null;
  return "This practice still has a subscription. Cancel it on the Billing page first; you can delete the practice once it has ended.";
}
