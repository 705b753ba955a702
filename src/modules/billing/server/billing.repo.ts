import type { TenantDb } from "~/server/db/tenant";

// Practice-scoped reads, through the tenant data layer. (Webhooks and subscription syncs arrive
// without a signed-in member: billing.system.repo.ts.)

export function findSubscription(db: TenantDb) {
  return db.practiceSubscription.findUnique({ where: { practiceId: db.practiceId } });
}

export function countCoachesInUse(db: TenantDb) {
  return db.membership.count({ where: { role: "COACH", removedAt: null } });
}

export function countPendingCoachInvitations(db: TenantDb, now: Date) {
  return db.invitation.count({ where: { role: "COACH", acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } });
}

export function countActiveClients(db: TenantDb) {
  return db.client.count({ where: { status: "ACTIVE" } });
}

/** Records the practice's Stripe customer once; a second writer keeps the first one's id. */
export async function saveCustomer(db: TenantDb, stripeCustomerId: string) {
  await db.practiceSubscription.upsert({
    where: { practiceId: db.practiceId },
    create: { practiceId: db.practiceId, stripeCustomerId },
    update: {},
  });
  return findSubscription(db);
}
