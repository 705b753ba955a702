import type { z } from "zod";
import { FREE_PLAN } from "~/modules/billing/domain/plans";
import { assertCanActivateClient } from "~/modules/billing/server/plan-guard";
import { ensureCoachProfile } from "~/modules/projects/server/coach-profile";
import { planLimitError } from "~/server/api/plan-gate";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError } from "~/server/errors";
import { isAdminRole } from "~/server/auth/roles";
import { emailsIn, planClientImport, readClientCsv, type ImportFacts } from "../domain/client-import";
import type { clientImportInput } from "../schemas";
import { admitAndWelcomeClients } from "./client-access.service";
import * as repo from "./clients.repo";
import { insertNotes } from "./coach-notes.repo";

// The CSV import: the preview and the import run the same pure plan (domain/client-import.ts)
// over the same facts, so the import creates exactly the rows the preview called new.

/** The file read and planned against what the practice holds now. A file that cannot be read is refused whole. */
async function planImport(ctx: TenantContext, csv: string) {
  const read = readClientCsv(csv);
  if (!read.ok) throw new AppError("BAD_REQUEST", read.problem, { csv: read.problem });
  const emails = emailsIn(read.rows);
  const admin = isAdminRole(ctx.membership.role);
  // A coach's rows are theirs, so they need a coach profile (made as the assignment flow makes one).
  const own = admin ? null : await ensureCoachProfile(ctx);
  const [coaches, existingClients, staffEmails] = await Promise.all([
    repo.listCoachIdentities(ctx.db),
    repo.clientStatusesOf(ctx.db, emails),
    repo.staffEmailsAmong(ctx.db, emails),
  ]);
  const facts: ImportFacts = {
    practiceTimeZone: ctx.practice.timeZone,
    coaches,
    defaultCoach: own ? (coaches.find((coach) => coach.id === own.id) ?? null) : null,
    mayChooseCoach: admin,
    existingClients,
    staffEmails,
  };
  return { plan: planClientImport(read.rows, facts), ignoredColumns: read.ignoredColumns, coaches };
}

/**
 * How many more clients may become ACTIVE on the practice's plan; null when it has no limit.
 * (The single-client check is billing's assertCanActivateClient; an import needs the number.)
 */
async function roomForActiveClients(ctx: TenantContext): Promise<number | null> {
  if (ctx.standing.tier !== "free") return null;
  return Math.max(0, FREE_PLAN.activeClients - (await repo.countActiveClients(ctx.db)));
}

function assertRoomFor(ctx: TenantContext, adding: number, room: number | null) {
  if (room === null || adding <= room) return;
  const allowed = room === 0 ? "no more" : `only ${room} more`;
  throw planLimitError(
    ctx.membership.role,
    `This import would add ${adding} active clients, but the free plan has room for ${allowed} (up to ${FREE_PLAN.activeClients} active clients). Nothing was imported: import at most ${room} rows, or upgrade first.`,
    "upgrade",
  );
}

/** What the import would do, row by row, and whether the plan has room for it. Writes nothing. */
export async function previewClientImport(ctx: TenantContext, input: z.infer<typeof clientImportInput>) {
  const { plan, ignoredColumns } = await planImport(ctx, input.csv);
  return { rows: plan.rows, counts: plan.counts, ignoredColumns, room: await roomForActiveClients(ctx) };
}

/**
 * Creates every new row of the file in one transaction: ACTIVE clients (all of them within the
 * plan, or none), each let in as a CLIENT member and welcomed, with their note. Rows whose
 * address is a client already are skipped, so importing the same file again creates nothing.
 */
export async function importClients(ctx: TenantContext, input: z.infer<typeof clientImportInput>) {
  const first = await planImport(ctx, input.csv);
  if (first.plan.toCreate.length === 0) return summaryOf(first.plan, 0);
  // The plan's count lock: imports and activations queue here, and each sees the others' rows.
  await assertCanActivateClient(ctx);
  const { plan, coaches } = await planImport(ctx, input.csv);
  assertRoomFor(ctx, plan.toCreate.length, await roomForActiveClients(ctx));

  const inserted = await repo.insertActiveClients(ctx.db, plan.toCreate);
  const idOf = new Map(inserted.map((row) => [row.email, row.id]));
  const coachOf = new Map(coaches.map((coach) => [coach.id, coach]));
  const created = plan.toCreate.flatMap((row) => {
    const id = idOf.get(row.email);
    if (!id) return [];
    const coach = row.coachProfileId ? coachOf.get(row.coachProfileId)! : null;
    return [
      {
        row,
        client: { id, name: row.name, email: row.email, status: "ACTIVE" as const, timeZone: row.timeZone, coach },
      },
    ];
  });
  const notes = created.flatMap(({ row, client }) =>
    row.note ? [{ clientId: client.id, authorUserId: ctx.actor.userId, body: row.note }] : [],
  );
  if (notes.length > 0) await insertNotes(ctx.db, notes);
  await admitAndWelcomeClients(
    ctx,
    created.map(({ client }) => client),
  );
  return summaryOf(plan, created.length);
}

function summaryOf(plan: ReturnType<typeof planClientImport>, created: number) {
  return {
    created,
    // A row another import or booking took first, between the plan and the insert, counts as skipped.
    skipped: plan.counts.skip + plan.counts.create - created,
    refused: plan.counts.error,
    rows: plan.rows,
  };
}
