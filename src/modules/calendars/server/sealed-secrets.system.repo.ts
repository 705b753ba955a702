import { resealStored } from "~/server/crypto/secret-box";
import { prisma } from "~/server/db/client";

/**
 * Re-seals every calendar secret that is not sealed with the first key of `keys`: the step between putting a new
 * key first in CALENDAR_ENCRYPTION_KEYS and dropping the old one. Each row is rewritten only if it still holds what
 * was read, so a refresh storing new tokens meanwhile is not overwritten; run it again until it reports 0.
 */
export async function resealCalendarSecrets(keys?: string) {
  const connections = await prisma.calendarConnection.findMany({ select: { id: true, sealedCredentials: true } });
  const credentials = await resealStored(
    connections.map((row) => ({ id: row.id, sealed: row.sealedCredentials })),
    (id, from, to) =>
      prisma.calendarConnection.updateMany({ where: { id, sealedCredentials: from }, data: { sealedCredentials: to } }),
    keys,
  );
  const feeds = await prisma.coachProfile.findMany({
    where: { sessionFeedTokenSealed: { not: null } },
    select: { id: true, sessionFeedTokenSealed: true },
  });
  const feedTokens = await resealStored(
    feeds.map((row) => ({ id: row.id, sealed: row.sessionFeedTokenSealed! })),
    (id, from, to) =>
      prisma.coachProfile.updateMany({
        where: { id, sessionFeedTokenSealed: from },
        data: { sessionFeedTokenSealed: to },
      }),
    keys,
  );
  return { resealed: credentials + feedTokens };
}
