import type { Prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

// The practice-scoped reads and writes of erasure, on the data layer a practice procedure hands over.

export function findVisibleClient(db: TenantDb, visible: Prisma.ClientWhereInput, clientId: string) {
  return db.client.findFirst({ where: { AND: [{ id: clientId }, visible] }, select: { id: true, email: true } });
}

export function findSubscriptionStatus(db: TenantDb) {
  return db.practiceSubscription.findFirst({ select: { status: true } });
}

/** Everyone leaves at once, so the practice is gone from every list before the worker deletes its rows. */
export function removeAllMembers(db: TenantDb, now: Date) {
  return db.membership.updateMany({ where: { removedAt: null }, data: { removedAt: now } });
}
