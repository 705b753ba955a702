import { STARTER_OUTREACH_TEMPLATES, STARTER_PROJECT_TEMPLATE } from "~/modules/projects/domain/starter-kit";
import { prisma, Prisma } from "~/server/db/client";

// Practice-level operations that happen before (or across) a tenant scope: creating a
// practice, listing the caller's practices. Everything inside a practice goes through
// the tenant data layer instead.

export async function isSlugTaken(slug: string): Promise<boolean> {
  return (await prisma.practice.count({ where: { slug } })) > 0;
}

export async function createPracticeWithOwner(input: {
  name: string;
  slug: string;
  timeZone: string;
  ownerUserId: string;
}) {
  try {
    return await prisma.$transaction(async (tx) => {
      const practice = await tx.practice.create({
        data: { name: input.name, slug: input.slug, timeZone: input.timeZone },
      });
      await tx.membership.create({ data: { practiceId: practice.id, userId: input.ownerUserId, role: "OWNER" } });
      await tx.projectTemplate.create({ data: { ...STARTER_PROJECT_TEMPLATE, practiceId: practice.id } });
      await tx.outreachTemplate.createMany({
        data: STARTER_OUTREACH_TEMPLATES.map(({ key: _key, ...template }) => ({
          ...template,
          practiceId: practice.id,
        })),
      });
      await tx.auditEvent.create({
        data: {
          practiceId: practice.id,
          actorUserId: input.ownerUserId,
          action: "practices.create",
          targetType: "practice",
          targetId: practice.id,
          data: { name: input.name, slug: input.slug },
        },
      });
      return practice;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
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
