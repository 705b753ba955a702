import type { TenantDb } from "~/server/db/tenant";

// EmailOptOut rows: one per practice, address and optional category that is turned off. These are a
// signed-in person's own choices, in the practice of their request.

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
