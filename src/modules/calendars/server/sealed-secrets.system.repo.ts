import { needsResealing, openSecret, sealSecret } from "~/server/crypto/secret-box";
import { prisma } from "~/server/db/client";

/**
 * Re-seals every calendar secret that is not sealed with the first key of `keys`: the step between putting a new
 * key first in CALENDAR_ENCRYPTION_KEYS and dropping the old one. Each row is rewritten only if it still holds what
 * was read, so a refresh storing new tokens meanwhile is not overwritten; run it again until it reports 0.
 */
export async function resealCalendarSecrets(keys?: string) {
  let resealed = 0;
  const connections = await prisma.calendarConnection.findMany({ select: { id: true, sealedCredentials: true } });
  for (const row of connections) {
    if (!needsResealing(row.sealedCredentials, keys)) continue;
    const sealed = sealSecret(openSecret(row.sealedCredentials, keys), keys);
    const { count } = await prisma.calendarConnection.updateMany({
      where: { id: row.id, sealedCredentials: row.sealedCredentials },
      data: { sealedCredentials: sealed },
    });
    resealed += count;
  }
  const feeds = await prisma.coachProfile.findMany({
    where: { sessionFeedTokenSealed: { not: null } },
    select: { id: true, sessionFeedTokenSealed: true },
  });
  for (const row of feeds) {
    const current = row.sessionFeedTokenSealed!;
    if (!needsResealing(current, keys)) continue;
    const { count } = await prisma.coachProfile.updateMany({
      where: { id: row.id, sessionFeedTokenSealed: current },
      data: { sessionFeedTokenSealed: sealSecret(openSecret(current, keys), keys) },
    });
    resealed += count;
  }
  return { resealed };
}
