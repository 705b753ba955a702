import type { Prisma } from "~/server/db/client";
import { STARTER_OUTREACH_TEMPLATES, STARTER_PROJECT_TEMPLATE } from "../domain/starter-kit";

/** The transaction that is creating the practice (there is no practice scope to go through yet). */
type StarterKitDb = Pick<Prisma.TransactionClient, "projectTemplate" | "outreachTemplate">;

/** What a new practice starts with; called in the transaction that creates the practice. */
export async function createStarterKit(db: StarterKitDb, practiceId: string) {
  await db.projectTemplate.create({ data: { ...STARTER_PROJECT_TEMPLATE, practiceId } });
  await db.outreachTemplate.createMany({
    data: STARTER_OUTREACH_TEMPLATES.map(({ key: _key, ...template }) => ({ ...template, practiceId })),
  });
}
