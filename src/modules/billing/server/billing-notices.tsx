import BillingNoticeEmail, { billingNoticeSubject } from "@emails/billing-notice";
import { env } from "~/env";
import { formatInstant } from "~/lib/time-zones";
import { sendEmail } from "~/server/email/mailer";
import type { BillingNotice } from "../domain/entitlements";
import * as repo from "./billing.repo";

// Sent after the change that calls for it has committed; the state machine decides when
// (entering past_due, a trial_will_end event), and each such change is applied once.
// TODO(issue 5): queue through the outbox (enqueueEmail with key `billing:<notice>:<subscription>:<period>`)
// once the notifications module registers this template, so a crash after commit cannot lose it.
export async function sendBillingNotices(
  practiceId: string,
  notices: readonly BillingNotice[],
  facts: { trialEnd: Date | null; currentPeriodEnd: Date | null },
) {
  if (notices.length === 0) return;
  const [practice, admins] = await Promise.all([
    repo.findPracticeForNotice(practiceId),
    repo.listAdminRecipients(practiceId),
  ]);
  if (!practice) return;
  const billingUrl = new URL(`/p/${practice.slug}/settings/billing`, env.APP_URL).toString();
  for (const kind of notices) {
    const when = kind === "trial_ending" ? facts.trialEnd : facts.currentPeriodEnd;
    for (const { user } of admins) {
      await sendEmail({
        to: user.email,
        subject: billingNoticeSubject({ kind, practiceName: practice.name }),
        react: (
          <BillingNoticeEmail
            kind={kind}
            practiceName={practice.name}
            recipientName={user.name}
            billingUrl={billingUrl}
            date={when ? formatInstant(when, practice.timeZone) : null}
            brandColor={practice.brandColor}
          />
        ),
      }).catch((error: unknown) => console.error(`[billing] ${kind} email to an admin failed`, error));
    }
  }
}
