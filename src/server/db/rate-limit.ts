import { prisma } from "./client";

/**
 * Fixed-window counter shared by every web server (it lives in PostgreSQL, so limits
 * hold across machines). Returns the count after this request.
 */
export async function incrementRateLimit(key: string, windowStart: Date): Promise<number> {
  const rows = await prisma.$queryRaw<Array<{ count: number }>>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 1);
}

export async function deleteRateLimitWindowsBefore(cutoff: Date): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { windowStart: { lt: cutoff } } });
}
