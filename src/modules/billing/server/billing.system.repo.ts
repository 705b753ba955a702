import { writeAuditEvent, type AuditRecord } from "~/server/audit/audit-log";
import { ADMIN_ROLES } from "~/server/auth/roles";
import { prisma, type Prisma } from "~/server/db/client";

// Outside a member's request: webhooks, checkout return, seat syncs. These use the global client
// with an explicit practiceId (reviewed by hand).

export function findByCustomerId(stripeCustomerId: string) {
  return prisma.practiceSubscription.findUnique({
    where: { stripeCustomerId },
    select: { practiceId: true, stripeSubscriptionId: true },
  });
}

export function findByPracticeId(practiceId: string) {
  return prisma.practiceSubscription.findUnique({ where: { practiceId } });
}

export async function isEventRecorded(eventId: string) {
  return (await prisma.stripeEvent.count({ where: { id: eventId } })) > 0;
}

export interface StripeEventRecord {
  id: string;
  type: string;
  practiceId: string | null;
  outcome: "processed" | "ignored";
  note?: string;
}

/** Records an event that needs no change (unknown customer, unhandled type); false if already recorded. */
export async function recordIgnoredEvent(event: StripeEventRecord) {
  const { count } = await prisma.stripeEvent.createMany({ data: [event], skipDuplicates: true });
  return count === 1;
}

export interface SubscriptionSnapshot {
  stripeSubscriptionId: string;
  stripeItemId: string | null;
  stripePriceId: string | null;
  status: string;
  seatQuantity: number;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  trialEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  endedAt: Date | null;
}

export interface SubscriptionAudit {
  action: string;
  facts: AuditRecord["facts"];
}

type StoredSubscription = NonNullable<Awaited<ReturnType<typeof findByPracticeId>>>;

/**
 * One short transaction (no network inside): record the event first — a concurrent duplicate
 * waits on its primary key and then finds it taken — lock the practice's subscription row,
 * let `decide` compare what is stored with what was fetched, write, and audit.
 * Returns null when the event had been recorded already.
 */
export async function applySubscriptionChange<T>(input: {
  practiceId: string;
  event: StripeEventRecord | null;
  /** Webhooks audit here; in-app changes are audited by their procedure. */
  audit: SubscriptionAudit | null;
  decide: (stored: StoredSubscription) => {
    write: (SubscriptionSnapshot & { syncedAt: Date }) | null;
    result: T;
    /** More writes that must commit with this change, or not at all (queued emails). */
    alsoInTransaction?: (tx: Prisma.TransactionClient) => Promise<void>;
  };
}): Promise<T | null> {
  return prisma.$transaction(async (tx) => {
    if (input.event) {
      const { count } = await tx.stripeEvent.createMany({ data: [input.event], skipDuplicates: true });
      if (count !== 1) return null;
    }
    await tx.$queryRaw`SELECT id FROM "PracticeSubscription" WHERE "practiceId" = ${input.practiceId} FOR UPDATE`;
    const stored = await tx.practiceSubscription.findUniqueOrThrow({ where: { practiceId: input.practiceId } });
    const { write, result, alsoInTransaction } = input.decide(stored);
    if (write) await tx.practiceSubscription.update({ where: { practiceId: input.practiceId }, data: write });
    await alsoInTransaction?.(tx);
    const subscriptionId = write?.stripeSubscriptionId ?? stored.stripeSubscriptionId;
    if (input.audit) {
      await writeAuditEvent(tx, {
        practiceId: input.practiceId,
        actorUserId: null,
        action: input.audit.action,
        target: subscriptionId ? { type: "subscription", id: subscriptionId } : null,
        facts: input.audit.facts,
      });
    }
    return result;
  });
}

/** The global client or the transaction that is storing a subscription change. */
export type NoticeDb = Pick<Prisma.TransactionClient, "membership" | "practice">;

export function listAdminRecipients(practiceId: string, db: NoticeDb = prisma) {
  return db.membership.findMany({
    where: { practiceId, removedAt: null, role: { in: [...ADMIN_ROLES] } },
    select: { user: { select: { email: true, name: true } } },
  });
}

export function findPracticeForNotice(practiceId: string, db: NoticeDb = prisma) {
  return db.practice.findUnique({
    where: { id: practiceId },
    select: { id: true, slug: true, name: true, brandColor: true, timeZone: true },
  });
}

export function countCoachesInPractice(practiceId: string) {
  return prisma.membership.count({ where: { practiceId, role: "COACH", removedAt: null } });
}
