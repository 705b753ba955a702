import { writeAuditEvent } from "~/server/audit/audit-log";
import { prisma, type Prisma, type Role } from "~/server/db/client";
import { isUniqueViolation } from "~/server/db/errors";

// Practice-level operations that happen before (or across) a tenant scope: creating a
// practice, listing the caller's practices. Everything inside a practice goes through
// the tenant data layer instead.

export async function isSlugTaken(slug: string): Promise<boolean> {
  return (await prisma.practice.count({ where: { slug } })) > 0;
}

/**
 * The practice, its owner's membership, whatever `setUp` adds (the starter kit) and the audit
 * row, in one transaction: a practice exists complete or not at all.
 */
export async function createPracticeWithOwner(
  input: { name: string; slug: string; timeZone: string; ownerUserId: string },
  setUp: (tx: Prisma.TransactionClient, practiceId: string) => Promise<void>,
) {
  try {
    return await prisma.$transaction(async (tx) => {
      const practice = await tx.practice.create({
        data: { name: input.name, slug: input.slug, timeZone: input.timeZone },
      });
      await tx.membership.create({ data: { practiceId: practice.id, userId: input.ownerUserId, role: "OWNER" } });
      await setUp(tx, practice.id);
      await writeAuditEvent(tx, {
        practiceId: practice.id,
        actorUserId: input.ownerUserId,
        action: "practices.create",
        target: { type: "practice", id: practice.id },
        facts: { name: input.name, slug: input.slug },
      });
      return practice;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** The practices the person is an active member of, by name: one statement, as it runs on every signed-in page. */
export async function listPracticesForUser(userId: string) {
  const rows = await prisma.$queryRaw<
    { role: Role; id: string; slug: string; name: string; brandColor: string; logoUrl: string | null }[]
  >`
    SELECT m."role"::text AS "role", p."id", p."slug", p."name", p."brandColor", p."logoUrl"
    FROM "Membership" m JOIN "Practice" p ON p."id" = m."practiceId"
    WHERE m."userId" = ${userId} AND m."removedAt" IS NULL
    ORDER BY p."name" ASC, p."id" ASC`;
  return rows.map(({ role, ...practice }) => ({ role, practice }));
}
