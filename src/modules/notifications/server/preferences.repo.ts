import { prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";
import type { UnsubscribeTarget } from "~/server/email/unsubscribe-token";

// EmailOptOut rows: one per practice, address and optional category that is turned off.

export async function optOut(target: UnsubscribeTarget) {
  await prisma.emailOptOut.upsert({
    where: { practiceId_email_category: target },
    create: target,
    update: {},
  });
}

export function practiceOf(practiceId: string) {
  return prisma.practice.findUnique({ where: { id: practiceId }, select: { name: true, slug: true } });
}

// ── A signed-in person's own choices, in the practice of their request ──────────────────

export async function listOptedOutCategories(db: TenantDb, email: string): Promise<string[]> {
  const rows = await db.emailOptOut.findMany({ where: { email }, select: { category: true } });
  return rows.map((row) => row.category);
}

export async function setOptedOut(db: TenantDb, email: string, category: string, optedOut: boolean) {
  if (optedOut) {
    await db.emailOptOut.upsert({
      where: { practiceId_email_category: { practiceId: db.practiceId, email, category } },
      create: { practiceId: db.practiceId, email, category },
      update: {},
    });
  } else {
    await db.emailOptOut.deleteMany({ where: { email, category } });
  }
}
