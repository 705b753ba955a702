import { writeAuditEvent } from "~/server/audit/audit-log";
import { prisma, type Prisma } from "~/server/db/client";
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

export function listPracticesForUser(userId: string) {
  return prisma.membership.findMany({
    where: { userId, removedAt: null },
    select: { role: true, practice: { select: { id: true, slug: true, name: true, brandColor: true, logoUrl: true } } },
    orderBy: { practice: { name: "asc" } },
  });
}
