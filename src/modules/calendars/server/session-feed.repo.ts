import type { TenantDb } from "~/server/db/tenant";

export async function findSealedFeedToken(db: TenantDb, coachProfileId: string) {
  const coach = await db.coachProfile.findFirst({
    where: { id: coachProfileId },
    select: { sessionFeedTokenSealed: true },
  });
  return coach?.sessionFeedTokenSealed ?? null;
}

export function setFeedToken(db: TenantDb, coachProfileId: string, token: { hash: string; sealed: string } | null) {
  return db.coachProfile.update({
    where: { id: coachProfileId },
    data: { sessionFeedTokenHash: token?.hash ?? null, sessionFeedTokenSealed: token?.sealed ?? null },
  });
}
