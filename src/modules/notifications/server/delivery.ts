import { env } from "~/env";
import { sendEmail } from "~/server/email/mailer";
import type { OptionalEmailCategory } from "~/server/email/categories";
import { afterFailedAttempt, DEFAULT_RETRY_POLICY, type RetryPolicy } from "~/server/email/retry-policy";
import { unsubscribeToken } from "~/server/email/unsubscribe-token";
import { EMAIL_TEMPLATES, isEmailTemplateName } from "~/server/email/templates";
import { claimEmail, findDueEmailIds, finishEmail } from "~/server/email/outbox.system.repo";
import type { StoredEmailData } from "~/server/email/outbox";
import type { BookingUpdateEmailProps } from "@emails/booking-update";
import { reminderAtSendTime, reminderTargetOf, reminderWithCurrentPlace } from "../domain/booking-reminders";
import { findPracticeLogoUrl, findRemindedBooking, isOptedOut } from "./delivery.system.repo";

// The read side of the outbox: claim, render, send over SMTP, record, with this product's rules
// at send time (opt-outs, reminders that no longer hold, unsubscribe links). Handed to the worker
// by its composition root (src/server/worker/root.ts); tests call it directly instead of waiting.

interface DeliveryOptions {
  now?: () => Date;
  /** How long a claim holds before another worker may take the email over (a dead worker's). */
  leaseSeconds?: number;
  retry?: RetryPolicy;
  /** Told when a failed email is due again, so a queue can wake up for it. */
  onRetryScheduled?: (id: string, at: Date) => Promise<unknown>;
}

/** `cancelled`: the recipient opted out; `outdated`: what the email says no longer holds. */
type DeliveryResult = "sent" | "retrying" | "dead" | "cancelled" | "outdated" | "not-due";

const DEFAULT_LEASE_SECONDS = 60;

export function unsubscribeUrlFor(practiceId: string, email: string, category: OptionalEmailCategory): string {
  const token = unsubscribeToken({ practiceId, email, category }, env.AUTH_SECRET);
  return new URL(`/api/email/unsubscribe?token=${token}`, env.APP_URL).toString();
}

export async function deliverEmail(id: string, options: DeliveryOptions = {}): Promise<DeliveryResult> {
  const now = options.now ?? (() => new Date());
  const claimed = await claimEmail(id, now(), options.leaseSeconds ?? DEFAULT_LEASE_SECONDS);
  if (!claimed) return "not-due";

  const retryLater = async (message: string): Promise<DeliveryResult> => {
    const decision = afterFailedAttempt(claimed.attempts, now(), options.retry ?? DEFAULT_RETRY_POLICY);
    if (decision.kind === "dead") {
      await finishEmail(id, { status: "DEAD", error: message });
      return "dead";
    }
    await finishEmail(id, { status: "QUEUED", runAt: decision.at, error: message });
    await options.onRetryScheduled?.(id, decision.at);
    return "retrying";
  };

  // A template this worker does not know was most likely added by a newer release: during a
  // rolling deploy (or a dev worker started before the template was written) leave it to a
  // newer worker through the ordinary backoff instead of declaring it dead on first sight.
  if (!isEmailTemplateName(claimed.template)) return retryLater(`Unknown template "${claimed.template}".`);
  const queued = claimed.data as unknown as StoredEmailData;
  const atSendTime = await asItHoldsNow(claimed, queued, now());
  if ("outdated" in atSendTime) {
    await finishEmail(id, { status: "CANCELLED", error: atSendTime.outdated });
    return "outdated";
  }
  const template = EMAIL_TEMPLATES[claimed.template];
  const stored = atSendTime.email;
  const { category } = template;
  // Optional emails are a practice's; the person's choice is per practice.
  const optional = category !== "essential" && claimed.practiceId ? { category, practiceId: claimed.practiceId } : null;
  if (optional && (await isOptedOut(optional.practiceId, claimed.to, optional.category))) {
    await finishEmail(id, { status: "CANCELLED", error: "The recipient unsubscribed from these emails." });
    return "cancelled";
  }

  try {
    const unsubscribeUrl = optional ? unsubscribeUrlFor(optional.practiceId, claimed.to, optional.category) : undefined;
    const logoUrl = claimed.practiceId ? await findPracticeLogoUrl(claimed.practiceId) : null;
    const props = stored.props as never;
    await sendEmail({
      to: claimed.to,
      subject: template.subject(props),
      react: template.render(props, { unsubscribeUrl, logoUrl }),
      calendarInvite: stored.calendarInvite,
      fromName: stored.fromName,
      replyTo: stored.replyTo,
      // A stable Message-ID: should a send ever be repeated (a worker killed between the
      // server's OK and our record of it), mail systems see the same message twice, not two.
      messageId: `<${claimed.id}@fieldnotes.email>`,
      headers: unsubscribeUrl
        ? { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
        : undefined,
    });
  } catch (error) {
    return retryLater(error instanceof Error ? error.message : String(error));
  }
  await finishEmail(id, { status: "SENT", at: now(), data: withoutSecrets(stored, template.secretProps) as never });
  return "sent";
}

/** Sends everything due, oldest first; what a sweep (or a test) runs. */
export async function deliverDueEmails(options: DeliveryOptions = {}, limit = 200) {
  const now = options.now ?? (() => new Date());
  const results: Record<DeliveryResult, number> = {
    sent: 0,
    retrying: 0,
    dead: 0,
    cancelled: 0,
    outdated: 0,
    "not-due": 0,
  };
  for (const id of await findDueEmailIds(now(), limit)) results[await deliverEmail(id, options)] += 1;
  return results;
}

/**
 * Decided at send time, from the data as it is now, for emails queued well before they go out:
 * a booking reminder is sent only while its session is still confirmed, at the time it names,
 * and ahead (the worker may have been down past its start), and it names the place the session
 * has now. `outdated` says why it is not sent; otherwise `email` is what to send.
 */
async function asItHoldsNow(
  email: { template: string; dedupeKey: string; practiceId: string | null },
  stored: StoredEmailData,
  now: Date,
): Promise<{ outdated: string } | { email: StoredEmailData }> {
  if (email.template !== "booking-reminder") return { email: stored };
  const target = reminderTargetOf(email.dedupeKey);
  const booking = target && email.practiceId ? await findRemindedBooking(email.practiceId, target.uid) : null;
  const decision = reminderAtSendTime(target, booking, now);
  if (!decision.send) return { outdated: decision.reason };
  const props = reminderWithCurrentPlace(stored.props as unknown as BookingUpdateEmailProps, decision.booking);
  return { email: { ...stored, props: props as unknown as StoredEmailData["props"] } };
}

function withoutSecrets(stored: StoredEmailData, secretProps: readonly PropertyKey[]): StoredEmailData {
  const props = { ...stored.props };
  for (const key of secretProps) if (typeof key === "string" && key in props) props[key] = "[removed after sending]";
  return {
    ...stored,
    props,
    calendarInvite: stored.calendarInvite && { ...stored.calendarInvite, content: "[removed]" },
  };
}
