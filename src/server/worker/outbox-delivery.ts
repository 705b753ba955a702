import pLimit from "p-limit";
import type { Mailer, OutgoingEmail } from "~/server/email/mailer";
import {
  claimDueEmails,
  finishEmails,
  releaseClaims,
  type ClaimedEmail,
  type Outcome,
} from "~/server/email/outbox.system.repo";
import { afterFailedAttempt, DEFAULT_RETRY_POLICY, type RetryPolicy } from "~/server/email/retry-policy";
import { SENDS_UNDER_WAY, SMTP_CONNECTIONS } from "~/server/email/smtp-pool";
import { groupCommits } from "./group-commits";
import { heldClaims } from "./held-claims";
import { NOT_STARTED, parallelSends, SEND_FAILED } from "./parallel-sends";

// The outbox's read side at batch speed: claim a batch of due emails in one statement, let the product decide what
// each one says now (one read per kind of fact for the whole batch), render SENDS_UNDER_WAY at a time (more than the
// pool's connections, so rendering goes on while every connection waits on the server), send each on the next free
// connection, and record each result as soon as its send ends, the results that end while a record is being written
// together in the next statement. A record per batch would leave every send of the batch between the server's OK and
// its record until the last one ends: a worker killed then would send them all again. A claim is sent only while its
// lease holds (./held-claims.ts), checked once it has a connection, so a batch that outlives its lease is never sent
// twice.

/** What the product decided for a claimed email at send time (notifications/server/delivery.ts). */
export type PreparedEmail =
  | { send: OutgoingEmail; /** What the row keeps once sent (secrets removed). */ sentData: SentOutcome["data"] }
  | { skip: "cancelled" | "outdated"; reason: string }
  /** Not for this worker (a template of a newer release): tried again after the ordinary backoff. */
  | { retry: string };

type SentOutcome = Extract<Outcome, { status: "SENT" }>;

/** Decides, for each claimed email in order, what to send or why not. */
export type PrepareEmails = (claimed: ClaimedEmail[], now: Date) => Promise<PreparedEmail[]>;

/** `taken-over`: its lease ran out and another worker claimed it, so this one neither sent nor recorded it. */
export type DeliveryResult = "sent" | "retrying" | "dead" | "cancelled" | "outdated" | "taken-over";
type Counts = Record<DeliveryResult | typeof NOT_STARTED | typeof SEND_FAILED, number>;

export interface OutboxDeliveryOptions {
  prepare: PrepareEmails;
  mailer: Mailer;
  now?: () => Date;
  /** How long a claim holds before another worker may take the email over (a dead worker's). */
  leaseSeconds?: number;
  retry?: RetryPolicy;
  /** Told when a failed email is due again, so a queue can wake up for it. */
  onRetryScheduled?: (id: string, at: Date) => Promise<unknown>;
  log?: (message: string) => void;
}

export interface OutboxDelivery {
  /** Claims and sends what is due (only `ids` of it, when given), batch after batch, up to `limit` emails. */
  deliverDue(options?: { ids?: readonly string[]; limit?: number }): Promise<Counts>;
  /**
   * Claims no more, drops sends not started, waits up to `graceMs` for those under way, and hands back every claim
   * still held (due at once for another worker).
   */
  stop(graceMs: number): Promise<{ finished: boolean; released: number }>;
}

const DEFAULT_LEASE_SECONDS = 60;
// Eight sends per connection: a claim per 32 emails, and a batch that ends well inside any lease.
const BATCH_SIZE = SMTP_CONNECTIONS * 8;

export function createOutboxDelivery(options: OutboxDeliveryOptions): OutboxDelivery {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const leaseMs = (options.leaseSeconds ?? DEFAULT_LEASE_SECONDS) * 1000;
  const claims = heldClaims({ now, leaseMs, log });
  const record = groupCommits(async (finished: Array<{ claim: ClaimedEmail; outcome: Outcome }>) => {
    const recorded = await finishEmails(finished);
    return finished.map(({ claim }) => recorded.has(claim.id));
  });
  const tasks = new Map<string, () => Promise<string>>();
  const sends = parallelSends({ limit: SENDS_UNDER_WAY, send: (id) => tasks.get(id)!(), log });
  // A rendered email waits here for a connection; its lease is checked once it has one, so a wait never stretches it.
  const onConnection = pLimit(SMTP_CONNECTIONS);
  const recording = new Set<Promise<unknown>>();
  let stopped = false;

  /** Records how the claim ended; `taken-over` when it was no longer this loop's to record. */
  const finish = (email: ClaimedEmail, outcome: Outcome, result: DeliveryResult): Promise<DeliveryResult> => {
    const written = record({ claim: email, outcome })
      .then((recorded) => (recorded ? result : "taken-over"))
      .finally(() => {
        claims.drop(email);
        recording.delete(written);
      });
    recording.add(written);
    return written;
  };

  const failed = async (email: ClaimedEmail, error: string): Promise<DeliveryResult> => {
    const decision = afterFailedAttempt(email.attempts, now(), options.retry ?? DEFAULT_RETRY_POLICY);
    if (decision.kind === "dead") return finish(email, { status: "DEAD", error }, "dead");
    const result = await finish(email, { status: "QUEUED", runAt: decision.at, error }, "retrying");
    if (result === "retrying") await options.onRetryScheduled?.(email.id, decision.at);
    return result;
  };

  // Resolves once the SMTP server has answered, so the next send takes the connection while the record is written.
  const sendOne = async (email: ClaimedEmail, prepared: Sendable): Promise<{ ended: Promise<string> }> => {
    try {
      const rendered = await options.mailer.render(prepared.send);
      const outcome = await onConnection(async () => {
        if (stopped) return NOT_STARTED; // its claim is handed back with the others still held
        if (!(await claims.stillHeld(email))) return "taken-over";
        await options.mailer.send(rendered);
        return "answered";
      });
      if (outcome !== "answered") return { ended: Promise.resolve(outcome) };
    } catch (error) {
      return { ended: failed(email, error instanceof Error ? error.message : String(error)) };
    }
    // Sent is sent: a record refused here (the lease was lost mid-send) still counts it.
    return { ended: finish(email, { status: "SENT", at: now(), data: prepared.sentData }, "sent").then(() => "sent") };
  };

  const sendInTurn = async (email: ClaimedEmail, prepared: Sendable): Promise<string> => {
    let ended: Promise<string> | undefined;
    tasks.set(email.id, async () => {
      ({ ended } = await sendOne(email, prepared));
      return "answered";
    });
    try {
      const turn = await sends.add(email.id);
      return ended ? await ended : turn;
    } finally {
      tasks.delete(email.id);
    }
  };

  const deliverBatch = async (batch: ClaimedEmail[]): Promise<string[]> => {
    let prepared: PreparedEmail[];
    try {
      prepared = await options.prepare(batch, now());
    } catch (error) {
      await releaseClaims(claims.dropAll(batch));
      throw error;
    }
    return Promise.all(
      batch.map((email, i) => {
        const decision = prepared[i]!;
        if ("retry" in decision) return failed(email, decision.retry);
        if ("skip" in decision) return finish(email, { status: "CANCELLED", error: decision.reason }, decision.skip);
        return sendInTurn(email, decision);
      }),
    );
  };

  const claimBatch = async (size: number, ids: readonly string[] | undefined) => {
    const at = now();
    const leaseExpiresAt = new Date(at.getTime() + leaseMs);
    const batch = await claimDueEmails({ now: at, leaseExpiresAt, limit: size, ids });
    if (stopped) {
      await releaseClaims(batch); // stop() ran while this claim was on its way
      return [];
    }
    claims.hold(batch, leaseExpiresAt);
    return batch;
  };

  return {
    // The next batch is claimed while the one before it sends, so no connection waits on a claim between batches.
    async deliverDue({ ids, limit = Infinity } = {}) {
      const counts = Object.fromEntries(RESULTS.map((result) => [result, 0])) as Counts;
      const count = (results: string[]) => results.forEach((result) => (counts[result as keyof Counts] += 1));
      let sending: Promise<string[]> = Promise.resolve([]);
      try {
        for (let claimed = 0; !stopped && claimed < limit;) {
          const size = Math.min(BATCH_SIZE, limit - claimed);
          const batch = await claimBatch(size, ids);
          claimed += batch.length;
          const previous = sending;
          sending = deliverBatch(batch);
          // Awaited below; until then a failure must not count as an unhandled rejection, which ends the process.
          sending.catch(() => undefined);
          count(await previous);
          if (batch.length < size) break;
        }
      } finally {
        count(await sending);
      }
      return counts;
    },
    async stop(graceMs) {
      stopped = true;
      const deadline = Date.now() + graceMs;
      const sent = await sends.stop(graceMs);
      const recorded = await settledBy([...recording], deadline);
      return { finished: sent && recorded, released: await releaseClaims(claims.dropAll()) };
    },
  };
}

type Sendable = Extract<PreparedEmail, { send: unknown }>;

/** Whether `promises` all settled before `deadline` (epoch ms). */
async function settledBy(promises: Array<Promise<unknown>>, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), deadline - Date.now())));
  try {
    return await Promise.race([Promise.allSettled(promises).then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

const RESULTS = [
  "sent",
  "retrying",
  "dead",
  "cancelled",
  "outdated",
  "taken-over",
  NOT_STARTED,
  SEND_FAILED,
] as const satisfies ReadonlyArray<keyof Counts>;
