import type { ClientStatus } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

export function findClientWithCoach(db: TenantDb, clientId: string) {
  return db.client.findFirst({
    where: { id: clientId },
    select: { id: true, status: true, coach: { select: { membershipId: true } } },
  });
}

export function updateClientStatus(db: TenantDb, clientId: string, status: ClientStatus) {
  return db.client.update({ where: { id: clientId }, data: { status }, select: { id: true, status: true } });
}
