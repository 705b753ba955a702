import { prisma, type Prisma } from "~/server/db/client";
import type { OutboxDb } from "./outbox";

// The outbox rows' life: QUEUED → SENDING (claimed, with a lease) → SENT, or back to QUEUED
// with a later runAt after a failure, or DEAD after the last attempt. Every transition is one
// conditional UPDATE, so two workers can never both hold, or both finish, the same email.

// The claims this process holds, by id, with the attempt count each claim wrote. That count fences
// finishing and releasing to this process's own claim: should its lease run out and another worker
// claim the email, the count has gone up, and a late finish here changes nothing.
const heldClaims = new Map<string, number>();

/** Claims a due email for sending; null when it is not due, already claimed, or gone. */
export async function claimEmail(id: string, now: Date, leaseSeconds: number) {
  const [claimed] = await prisma.emailMessage.updateManyAndReturn({
    where: {
      id,
      runAt: { lte: now },
      OR: [{ status: "QUEUED" }, { status: "SENDING", leaseExpiresAt: { lt: now } }],
    },
    data: {
      status: "SENDING",
      leaseExpiresAt: new Date(now.getTime() + leaseSeconds * 1000),
      attempts: { increment: 1 },
    },
  });
  if (!claimed) return null;
  heldClaims.set(claimed.id, claimed.attempts);
  return claimed;
}

type Outcome =
  | { status: "SENT"; at: Date; data: Prisma.InputJsonValue }
  | { status: "QUEUED"; runAt: Date; error: string }
  | { status: "DEAD" | "CANCELLED"; error: string };

/**
 * Records how a claimed send ended; only the holder of the claim (still SENDING, its attempt count
 * unchanged) can, and a claim released by releaseHeldEmails has nothing left to record. One plain
 * UPDATE statement: Prisma's updateMany may wrap itself in a transaction, which a worker being
 * stopped mid-way can leave in a state Prisma reports as "already closed". `attempts` counts
 * tries at the SMTP server, so a claim that ends in a decision not to send (CANCELLED) gives
 * its count back.
 */
export async function finishEmail(id: string, outcome: Outcome) {
  const attempt = heldClaims.get(id);
  if (attempt === undefined) return;
  heldClaims.delete(id);
  const sent = outcome.status === "SENT";
  const status = outcome.status;
  const runAt = outcome.status === "QUEUED" ? outcome.runAt : null;
  const error = sent ? null : outcome.error;
  const data = sent ? JSON.stringify(outcome.data) : null;
  await prisma.$executeRaw`
    UPDATE "EmailMessage"
    SET "status" = ${status}::"EmailStatus",
        "leaseExpiresAt" = NULL,
        "attempts" = "attempts" - ${outcome.status === "CANCELLED" ? 1 : 0}::int,
        "lastError" = ${error},
        "runAt" = COALESCE(${runAt}::timestamptz, "runAt"),
        "sentAt" = CASE WHEN ${sent} THEN ${sent ? outcome.at : null}::timestamptz ELSE "sentAt" END,
        "data" = COALESCE(${data}::jsonb, "data"),
        "updatedAt" = now()
    WHERE "id" = ${id} AND "status" = 'SENDING' AND "attempts" = ${attempt}::int`;
}

/**
 * Hands back every claim this process still holds (a stopping worker's sends that overran their
 * grace): QUEUED and due as before, so the outbox's trigger wakes another worker at once instead of
 * it waiting out the lease. The attempt is given back, as it was cut short here, not refused by the server.
 */
export async function releaseHeldEmails(): Promise<number> {
  const claims = [...heldClaims];
  heldClaims.clear();
  if (claims.length === 0) return 0;
  return prisma.$executeRaw`
    UPDATE "EmailMessage" AS message
    SET "status" = 'QUEUED', "leaseExpiresAt" = NULL, "attempts" = message."attempts" - 1, "updatedAt" = now()
    FROM unnest(${claims.map(([id]) => id)}::text[], ${claims.map(([, attempt]) => attempt)}::int[]) AS held(id, attempt)
    WHERE message."id" = held.id AND message."attempts" = held.attempt AND message."status" = 'SENDING'`;
}

/** Emails a sweep should try: due and queued, or claimed by a worker whose lease ran out (it died). */
export async function findDueEmailIds(now: Date, limit: number): Promise<string[]> {
  const rows = await prisma.emailMessage.findMany({
    where: {
      OR: [
        { status: "QUEUED", runAt: { lte: now } },
        { status: "SENDING", leaseExpiresAt: { lt: now } },
      ],
    },
    orderBy: { runAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** The outbox outside any practice transaction: sign-in emails, and writers with no tenant context. */
export const systemOutbox: OutboxDb = prisma;
