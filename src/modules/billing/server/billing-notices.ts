import { env } from "~/env";
import { formatInstant } from "~/lib/time-zones";
import { enqueueEmail, type OutboxDb } from "~/server/email/outbox";
import { fromPractice } from "~/server/email/sender";
import type { BillingNotice } from "../domain/entitlements";
import * as repo from "./billing.system.repo";

// Queued in the transaction that stores the subscription change calling for it (the state
// machine decides when: entering past_due, a trial_will_end event), so the email exists
// exactly when the change does and the worker sends it with retries. The dedupe key names
// the notice, the subscription and the period, so a replayed or reordered webhook that
// calls for the same notice again queues nothing new.

interface BillingNoticeFacts {
  subscriptionId: string;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  trialEnd: Date | null;
}

/** The period a notice is about: the trial's end for a trial notice, otherwise the billing period's start. */
function periodOf(kind: BillingNotice, facts: BillingNoticeFacts): string {
  const at = kind === "trial_ending" ? facts.trialEnd : facts.currentPeriodStart;
  return at ? at.toISOString().slice(0, 10) : "none";
}

export async function queueBillingNotices(
  tx: repo.NoticeDb & OutboxDb,
  practiceId: string,
  notices: readonly BillingNotice[],
  facts: BillingNoticeFacts,
) {
  if (notices.length === 0) return;
  const [practice, admins] = await Promise.all([
    repo.findPracticeForNotice(practiceId, tx),
    repo.listAdminRecipients(practiceId, tx),
  ]);
  if (!practice) return;
  const billingUrl = new URL(`/p/${practice.slug}/settings/billing`, env.APP_URL).toString();
  for (const kind of notices) {
    const when = kind === "trial_ending" ? facts.trialEnd : facts.currentPeriodEnd;
    const key = `billing:${kind}:${facts.subscriptionId}:${periodOf(kind, facts)}`;
    for (const { user } of admins) {
      await enqueueEmail(tx, {
        template: "billing-notice",
        to: user.email,
        props: {
          kind,
          practiceName: practice.name,
          recipientName: user.name,
          billingUrl,
          date: when ? formatInstant(when, practice.timeZone) : null,
          brandColor: practice.brandColor,
        },
        // One row per recipient: the key is unique across the outbox.
        dedupeKey: `${key}:${user.email.toLowerCase()}`,
        practiceId,
        fromName: fromPractice(practice.name),
      });
    }
  }
}
