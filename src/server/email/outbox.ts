import type { Prisma } from "~/server/db/client";
import { EMAIL_TEMPLATES, type EmailTemplateName, type EmailTemplateProps } from "./templates";

// The write side of the outbox. Call it with the transaction that makes the change, so the
// email exists exactly when the change does; the worker sends it (notifications/server/delivery.ts).

interface CalendarInvite {
  method: "REQUEST" | "CANCEL";
  content: string;
}

/** What the outbox keeps in `EmailMessage.data`. */
export interface StoredEmailData {
  props: Record<string, unknown>;
  calendarInvite?: CalendarInvite;
  fromName?: string;
  replyTo?: string;
}

/** The slice of a Prisma client the outbox writes through: the global client, a transaction, or a practice's data layer. */
export interface OutboxDb {
  emailMessage: {
    createMany(args: {
      data: Prisma.EmailMessageCreateManyInput[];
      skipDuplicates?: boolean;
    }): Promise<{ count: number }>;
    updateMany(args: {
      where: Prisma.EmailMessageWhereInput;
      data: Prisma.EmailMessageUpdateManyMutationInput;
    }): Promise<{ count: number }>;
  };
  emailOptOut: {
    count(args: { where: Prisma.EmailOptOutWhereInput }): Promise<number>;
  };
}

export interface QueuedEmail<Name extends EmailTemplateName> {
  template: Name;
  to: string;
  props: EmailTemplateProps<Name>;
  /** One email per event: a second enqueue with the same key does nothing. */
  dedupeKey: string;
  /** The practice the email is about (null for sign-in); needed for preferences and the admin view. */
  practiceId: string | null;
  /** Send no earlier than this (reminders); now when omitted. */
  runAt?: Date;
  calendarInvite?: CalendarInvite;
  /**
   * The From display name (src/server/email/sender.ts: fromCoach, fromPractice); the address stays EMAIL_FROM's.
   * Omitted, the email comes from EMAIL_FROM as configured, "Fieldnotes".
   */
  fromName?: string;
  /** Where replies go instead of the sending address (a booker's reply reaches their coach). */
  replyTo?: string;
}

/** Queues one email; false when it was a duplicate or the person turned this kind of email off. */
export async function enqueueEmail<Name extends EmailTemplateName>(
  db: OutboxDb,
  email: QueuedEmail<Name>,
): Promise<boolean> {
  const to = email.to.trim().toLowerCase();
  const { category } = EMAIL_TEMPLATES[email.template];
  if (category !== "essential" && email.practiceId) {
    const optedOut = await db.emailOptOut.count({ where: { practiceId: email.practiceId, email: to, category } });
    if (optedOut > 0) return false;
  }
  const data: StoredEmailData = {
    props: email.props as unknown as Record<string, unknown>,
    calendarInvite: email.calendarInvite,
    fromName: email.fromName,
    replyTo: email.replyTo,
  };
  const { count } = await db.emailMessage.createMany({
    data: [
      {
        dedupeKey: email.dedupeKey,
        template: email.template,
        to,
        practiceId: email.practiceId,
        data: data as unknown as Prisma.InputJsonValue,
        runAt: email.runAt,
      },
    ],
    skipDuplicates: true,
  });
  return count === 1;
}

/** Withdraws emails not yet sent whose reason went away (a reminder for a moved or cancelled session). */
export async function cancelQueuedEmails(db: OutboxDb, dedupeKeyPrefix: string): Promise<number> {
  const { count } = await db.emailMessage.updateMany({
    where: { dedupeKey: { startsWith: dedupeKeyPrefix }, status: "QUEUED" },
    data: { status: "CANCELLED", lastError: "Withdrawn: the reason for it went away." },
  });
  return count;
}
