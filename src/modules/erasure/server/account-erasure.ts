import { enqueueEmail } from "~/server/email/outbox";
import { writeAuditEvent } from "~/server/audit/audit-log";
import { cancelSessionOfErasedBooker } from "~/modules/bookings/server/erasure-cancellation";
import { soleOwnershipRefusal } from "../domain/ownership";
import { identifiersOf } from "../domain/placeholders";
import * as repo from "./erasure.system.repo";

// The worker's side of account deletion: every few minutes it erases the accounts whose grace period has ended.
// Several workers may run it at once: each account is claimed with SKIP LOCKED and a lease, erased in one
// transaction that locks its row and checks again that it is still due, and every step is idempotent.

const LEASE_MS = 10 * 60_000;
export const ACCOUNT_ERASURE_QUEUE = "account-erasure-due";
export const ACCOUNT_ERASURE_CRON = "*/5 * * * *";

type Outcome = "erased" | "held" | "skipped";

/** Erases one claimed account; "held" while the person is a practice's only owner (the claim lapses, then retries). */
async function eraseAccount(userId: string, now: Date): Promise<Outcome> {
  if (soleOwnershipRefusal(await repo.findOwnerships(userId))) return "held";
  return repo.withTransaction(async (tx) => {
    const user = await repo.lockDueAccount(tx, userId, now);
    if (!user) return "skipped";
    const clients = await repo.findClientsOf(tx, user);
    const named = { emails: [user.email], names: [user.name], bookingUids: [] as string[] };
    for (const practiceId of new Set(clients.map((client) => client.practiceId))) {
      const ids = clients.filter((client) => client.practiceId === practiceId).map((client) => client.id);
      const erased = await repo.eraseClientRecords(tx, practiceId, ids, now);
      named.emails.push(...erased.emails);
      named.names.push(...erased.names);
      named.bookingUids.push(...erased.bookingUids);
      for (const clientId of ids) {
        await writeAuditEvent(tx, {
          practiceId,
          actorUserId: null,
          action: "erasure.account",
          target: { type: "client", id: clientId },
          facts: {},
        });
      }
    }
    await repo.eraseStaffTraces(tx, user.id);
    const who = identifiersOf(named);
    await repo.scrubEmailLog(tx, null, { ...who, bookingUids: named.bookingUids });
    await repo.deleteOptOutsOf(tx, who.emails);
    await repo.anonymiseInvitationsTo(tx, who.emails);
    await repo.deleteRateLimitCounters(tx, who.emails);
    await repo.eraseUserRow(tx, user, now);
    await enqueueEmail(tx, {
      template: "account-deletion",
      to: user.email,
      props: { kind: "erased" },
      dedupeKey: `account-erased:${user.id}`,
      practiceId: null,
    });
    return "erased";
  });
}

/** Cancels the upcoming sessions of everyone erased (their coaches are told); a crash between runs loses none. */
export async function cancelSessionsOfErased(now: Date) {
  let cancelled = 0;
  for (const uid of await repo.findUpcomingErasedSessions(now)) {
    if (await cancelSessionOfErasedBooker(uid, now)) cancelled += 1;
  }
  return cancelled;
}

/** One run of the scheduled task. */
export async function eraseDueAccounts(now: Date) {
  const counts = { erased: 0, held: 0, skipped: 0, sessionsCancelled: 0, farewellsCleared: 0 };
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  for (let id = await repo.claimDueAccount(now, leaseUntil); id; id = await repo.claimDueAccount(now, leaseUntil)) {
    const outcome = await eraseAccount(id, now);
    counts[outcome] += 1;
    // A held account keeps its claim until the lease lapses, so this loop does not take it again.
    if (outcome === "skipped") await repo.releaseClaim(id);
  }
  counts.sessionsCancelled = await cancelSessionsOfErased(now);
  counts.farewellsCleared = await repo.scrubSentFarewells("account-deletion");
  return counts;
}
