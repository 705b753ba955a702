import type { EmailStatus } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

// The practice's outbox as its owners and admins see it. Reads and the one write go through
// the tenant data layer, so another practice's emails do not exist here.

export function listEmailMessages(
  db: TenantDb,
  page: { status?: EmailStatus | null; cursor?: string | null; limit: number },
) {
  return db.emailMessage.findMany({
    where: page.status ? { status: page.status } : {},
    take: page.limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      template: true,
      to: true,
      data: true,
      status: true,
      attempts: true,
      lastError: true,
      runAt: true,
      sentAt: true,
      createdAt: true,
      updatedAt: true,
    },
  });
}

export async function countEmailMessagesByStatus(db: TenantDb) {
  const rows = await db.emailMessage.groupBy({ by: ["status"], _count: { _all: true } });
  return rows.map((row) => ({ status: row.status, count: row._count._all }));
}

export function findEmailStatus(db: TenantDb, id: string) {
  return db.emailMessage.findUnique({ where: { id }, select: { status: true } });
}

/**
 * Sends a dead email again from a fresh start: queued, due now, no attempts used. Conditional
 * on DEAD, so a retry racing another cannot requeue an email that is already on its way; the
 * outbox trigger wakes a worker at commit.
 */
export async function requeueDeadEmail(db: TenantDb, id: string, now: Date) {
  const { count } = await db.emailMessage.updateMany({
    where: { id, status: "DEAD" },
    data: { status: "QUEUED", runAt: now, attempts: 0, leaseExpiresAt: null, lastError: null },
  });
  return count === 1;
}
