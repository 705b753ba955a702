import { env } from "~/env";
import type { OptionalEmailCategory } from "~/server/email/categories";
import { appMailer } from "~/server/email/mailer";
import type { StoredEmailData } from "~/server/email/outbox";
import type { ClaimedEmail } from "~/server/email/outbox.system.repo";
import { EMAIL_TEMPLATES, isEmailTemplateName, type EmailTemplateName } from "~/server/email/templates";
import { unsubscribeToken } from "~/server/email/unsubscribe-token";
import {
  createOutboxDelivery,
  type DeliveryResult,
  type OutboxDeliveryOptions,
  type PreparedEmail,
} from "~/server/worker/outbox-delivery";
import type { BookingUpdateEmailProps } from "@emails/booking-update";
import { reminderAtSendTime, reminderTargetOf, reminderWithCurrentPlace } from "../domain/booking-reminders";
import {
  findOptOuts,
  findPracticeLogoUrls,
  findRemindedBookings,
  optOutKey,
  remindedBookingKey,
} from "./delivery.system.repo";

// The product's half of sending the outbox: what a claimed email says at send time (opt-outs, reminders that no
// longer hold, logos, unsubscribe links). The other half, claim, send and record in batches, is the worker's
// (src/server/worker/outbox-delivery.ts); its composition root (src/server/worker/root.ts) hands it
// prepareClaimedEmails, and tests run deliverDueEmails directly instead of waiting for a worker.

type DeliveryOptions = Omit<OutboxDeliveryOptions, "prepare" | "mailer">;

export function unsubscribeUrlFor(practiceId: string, email: string, category: OptionalEmailCategory): string {
  const token = unsubscribeToken({ practiceId, email, category }, env.AUTH_SECRET);
  return new URL(`/api/email/unsubscribe?token=${token}`, env.APP_URL).toString();
}

const appOutbox = (options: DeliveryOptions) =>
  createOutboxDelivery({ ...options, prepare: prepareClaimedEmails, mailer: appMailer() });

/** Claims and sends one email; `not-due` when it is not due, claimed by another worker, or gone. */
export async function deliverEmail(id: string, options: DeliveryOptions = {}): Promise<DeliveryResult | "not-due"> {
  const counts = await appOutbox(options).deliverDue({ ids: [id] });
  return (Object.keys(counts) as DeliveryResult[]).find((result) => counts[result] > 0) ?? "not-due";
}

/** Sends everything due, oldest first, up to `limit` emails; what a sweep (or a test) runs. */
export function deliverDueEmails(options: DeliveryOptions = {}, limit = 200) {
  return appOutbox(options).deliverDue({ limit });
}

/**
 * What each claimed email says at send time, with this product's rules: a template this worker knows, reminders that
 * still hold, the recipient's opt-outs, the practice's logo and unsubscribe links. The facts for the whole batch are
 * read together, one statement per kind of fact at most.
 */
export async function prepareClaimedEmails(claimed: ClaimedEmail[], now: Date): Promise<PreparedEmail[]> {
  const known = claimed.filter((email) => isEmailTemplateName(email.template));
  const optional = (email: ClaimedEmail) => {
    const { category } = EMAIL_TEMPLATES[email.template as EmailTemplateName];
    // Optional emails are a practice's; the person's choice is per practice.
    return category !== "essential" && email.practiceId
      ? { category, practiceId: email.practiceId, email: email.to }
      : null;
  };
  const reminded = known.flatMap((email) => {
    const target = email.template === "booking-reminder" ? reminderTargetOf(email.dedupeKey) : null;
    return target && email.practiceId ? [{ practiceId: email.practiceId, uid: target.uid }] : [];
  });
  const [optOuts, bookings, logos] = await Promise.all([
    findOptOuts(known.flatMap((email) => optional(email) ?? [])),
    findRemindedBookings(reminded),
    findPracticeLogoUrls([...new Set(known.flatMap((email) => email.practiceId ?? []))]),
  ]);

  return claimed.map((email): PreparedEmail => {
    // A template this worker does not know was most likely added by a newer release: during a
    // rolling deploy (or a dev worker started before the template was written) leave it to a
    // newer worker through the ordinary backoff instead of declaring it dead on first sight.
    if (!isEmailTemplateName(email.template)) return { retry: `Unknown template "${email.template}".` };
    const template = EMAIL_TEMPLATES[email.template];
    const queued = email.data as StoredEmailData;
    const atSendTime = asItHoldsNow(email, queued, bookings, now);
    if ("outdated" in atSendTime) return { skip: "outdated", reason: atSendTime.outdated };
    const choice = optional(email);
    if (choice && optOuts.has(optOutKey(choice))) {
      return { skip: "cancelled", reason: "The recipient unsubscribed from these emails." };
    }
    const stored = atSendTime.email;
    const unsubscribeUrl = choice ? unsubscribeUrlFor(choice.practiceId, email.to, choice.category) : undefined;
    const props = stored.props as never;
    // A row its template cannot render (props from an older release, or damaged) fails alone, through the retries,
    // and the rest of the batch goes out.
    let subject: string;
    let react: ReturnType<typeof template.render>;
    try {
      subject = template.subject(props);
      react = template.render(props, {
        unsubscribeUrl,
        logoUrl: (email.practiceId && logos.get(email.practiceId)) || null,
      });
    } catch (error) {
      return { retry: `The email could not be rendered: ${error instanceof Error ? error.message : String(error)}` };
    }
    return {
      send: {
        to: email.to,
        subject,
        react,
        calendarInvite: stored.calendarInvite,
        fromName: stored.fromName,
        replyTo: stored.replyTo,
        // A stable Message-ID: should a send ever be repeated (a worker killed between the
        // server's OK and our record of it), mail systems see the same message twice, not two.
        messageId: `<${email.id}@fieldnotes.email>`,
        headers: unsubscribeUrl
          ? { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
          : undefined,
      },
      sentData: withoutSecrets(stored, template.secretProps) as never,
    };
  });
}

/**
 * Decided at send time, from the data as it is now, for emails queued well before they go out:
 * a booking reminder is sent only while its session is still confirmed, at the time it names,
 * and ahead (the worker may have been down past its start), and it names the place the session
 * has now. `outdated` says why it is not sent; otherwise `email` is what to send.
 */
function asItHoldsNow(
  email: { template: string; dedupeKey: string; practiceId: string | null },
  stored: StoredEmailData,
  bookings: Awaited<ReturnType<typeof findRemindedBookings>>,
  now: Date,
): { outdated: string } | { email: StoredEmailData } {
  if (email.template !== "booking-reminder") return { email: stored };
  const target = reminderTargetOf(email.dedupeKey);
  const booking = target && email.practiceId ? bookings.get(remindedBookingKey(email.practiceId, target.uid)) : null;
  const decision = reminderAtSendTime(target, booking ?? null, now);
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
