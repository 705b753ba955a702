import { prisma, Prisma } from "~/server/db/client";
import type { OutboxDb } from "./outbox";

// The outbox rows' life: QUEUED → SENDING (claimed, with a lease) → SENT, or back to QUEUED
// with a later runAt after a failure, or DEAD after the last attempt. Every transition is one
// statement over a batch, fenced on the attempt count the claim wrote: should a lease run out
// and another worker claim the email, the count has gone up, and whatever the first worker
// writes late (a finish, a renewal, a release) changes nothing.
// Plain SQL: Prisma's updateManyAndReturn wraps itself in a transaction (three round trips
// instead of one), which a worker being stopped mid-way can leave "already closed".

/** A claim as its holder knows it: which email, and the attempt count that fences it. */
export interface Claim {
  id: string;
  attempts: number;
}

export interface ClaimedEmail extends Claim {
  template: string;
  to: string;
  practiceId: string | null;
  dedupeKey: string;
  data: unknown;
}

/**
 * Claims up to `limit` due emails (oldest first), or only those of `ids` that are due, in one statement. Rows another
 * worker is claiming at this moment are skipped, not waited for, so concurrent workers claim disjoint batches.
 */
export function claimDueEmails(claim: {
  now: Date;
  leaseExpiresAt: Date;
  limit: number;
  ids?: readonly string[];
}): Promise<ClaimedEmail[]> {
  const onlyIds = claim.ids ? Prisma.sql`AND "id" = ANY(${claim.ids}::text[])` : Prisma.empty;
  return prisma.$queryRaw<ClaimedEmail[]>`
    WITH due AS (
      SELECT "id" FROM "EmailMessage"
      WHERE "runAt" <= ${claim.now}::timestamptz
        AND ("status" = 'QUEUED' OR ("status" = 'SENDING' AND "leaseExpiresAt" < ${claim.now}::timestamptz))
        ${onlyIds}
      ORDER BY "runAt"
      LIMIT ${claim.limit}::int
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "EmailMessage" AS message
    SET "status" = 'SENDING', "leaseExpiresAt" = ${claim.leaseExpiresAt}::timestamptz,
        "attempts" = message."attempts" + 1, "updatedAt" = now()
    FROM due
    WHERE message."id" = due."id"
    RETURNING message."id", message."attempts", message."template", message."to", message."practiceId",
      message."dedupeKey", message."data"`;
}

/** Extends the leases of claims still held; resolves to the ids that were (the others were taken over or released). */
export async function renewClaims(claims: readonly Claim[], leaseExpiresAt: Date): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    UPDATE "EmailMessage" AS message
    SET "leaseExpiresAt" = ${leaseExpiresAt}::timestamptz, "updatedAt" = now()
    FROM unnest(${claims.map((c) => c.id)}::text[], ${claims.map((c) => c.attempts)}::int[]) AS held(id, attempts)
    WHERE message."id" = held.id AND message."attempts" = held.attempts AND message."status" = 'SENDING'
    RETURNING message."id"`;
  return new Set(rows.map((row) => row.id));
}

export type Outcome =
  | { status: "SENT"; at: Date; data: Prisma.InputJsonValue }
  | { status: "QUEUED"; runAt: Date; error: string }
  | { status: "DEAD" | "CANCELLED"; error: string };

/**
 * Records how claimed sends ended, a batch in one statement; only a claim still held (SENDING, its attempt count
 * unchanged) is recorded, and the ids of those that were come back. `attempts` counts tries at the SMTP server, so a claim that ends in a decision not to send
 * (CANCELLED) gives its count back.
 */
export async function finishEmails(finished: ReadonlyArray<{ claim: Claim; outcome: Outcome }>): Promise<Set<string>> {
  if (finished.length === 0) return new Set();
  const column = <T>(pick: (outcome: Outcome) => T) => finished.map(({ outcome }) => pick(outcome));
  const recorded = await prisma.$queryRaw<Array<{ id: string }>>`
    UPDATE "EmailMessage" AS message
    SET "status" = done.status::"EmailStatus",
        "leaseExpiresAt" = NULL,
        "attempts" = message."attempts" - (CASE WHEN done.status = 'CANCELLED' THEN 1 ELSE 0 END),
        "lastError" = done.error,
        "runAt" = COALESCE(done.run_at::timestamptz, message."runAt"),
        "sentAt" = COALESCE(done.sent_at::timestamptz, message."sentAt"),
        "data" = COALESCE(done.data::jsonb, message."data"),
        "updatedAt" = now()
    FROM unnest(
      ${finished.map(({ claim }) => claim.id)}::text[],
      ${finished.map(({ claim }) => claim.attempts)}::int[],
      ${column((o) => o.status)}::text[],
      ${column((o) => (o.status === "SENT" ? null : o.error))}::text[],
      ${column((o) => (o.status === "QUEUED" ? o.runAt.toISOString() : null))}::text[],
      ${column((o) => (o.status === "SENT" ? o.at.toISOString() : null))}::text[],
      ${column((o) => (o.status === "SENT" ? JSON.stringify(o.data) : null))}::text[]
    ) AS done(id, attempts, status, error, run_at, sent_at, data)
    WHERE message."id" = done.id AND message."attempts" = done.attempts AND message."status" = 'SENDING'
    RETURNING message."id"`;
  return new Set(recorded.map((row) => row.id));
}

/**
 * Hands claims back (a stopping worker's: sends not started, or overrunning their grace): QUEUED and due as before,
 * so the outbox's trigger wakes another worker at once instead of it waiting out the lease. The attempt is given
 * back, as it was cut short here, not refused by the server.
 */
export function releaseClaims(claims: readonly Claim[]): Promise<number> {
  if (claims.length === 0) return Promise.resolve(0);
  return prisma.$executeRaw`
    UPDATE "EmailMessage" AS message
    SET "status" = 'QUEUED', "leaseExpiresAt" = NULL, "attempts" = message."attempts" - 1, "updatedAt" = now()
    FROM unnest(${claims.map((c) => c.id)}::text[], ${claims.map((c) => c.attempts)}::int[]) AS held(id, attempts)
    WHERE message."id" = held.id AND message."attempts" = held.attempts AND message."status" = 'SENDING'`;
}

/** The outbox outside any practice transaction: sign-in emails, and writers with no tenant context. */
export const systemOutbox: OutboxDb = prisma;
