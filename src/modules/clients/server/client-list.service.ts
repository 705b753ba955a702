import type { z } from "zod";
import type { TenantContext } from "~/server/api/tenant-context";
import type { Prisma } from "~/server/db/client";
import { isAdminRole } from "~/server/auth/roles";
import { intakeAnswersOf } from "../domain/intake-answers";
import type { clientListInput } from "../schemas";
import { nextSessionPerClient } from "./caseload.repo";
import * as repo from "./clients.repo";

export const CLIENTS_PER_PAGE = 20;

/**
 * The clients page: everyone the caller may see (a coach their own, an admin all), newest first,
 * filtered by status and by name or email, a page at a time. Each comes with what a coach needs
 * to decide what next: the answers they gave when booking and their sessions so far.
 */
export async function listClients(ctx: TenantContext, input: z.infer<typeof clientListInput>) {
  const where: Prisma.ClientWhereInput = {
    AND: [
      ctx.visible.clients,
      input.status === "ALL" ? {} : { status: input.status },
      input.search
        ? {
            OR: [
              { name: { contains: input.search, mode: "insensitive" } },
              { email: { contains: input.search, mode: "insensitive" } },
            ],
          }
        : {},
    ],
  };
  const total = await repo.countClients(ctx.db, where);
  const pageCount = Math.max(1, Math.ceil(total / CLIENTS_PER_PAGE));
  const page = Math.min(input.page, pageCount);
  const admin = isAdminRole(ctx.membership.role);
  const [rows, coaches] = await Promise.all([
    repo.findClientPage(ctx.db, where, ctx.visible.bookings, {
      skip: (page - 1) * CLIENTS_PER_PAGE,
      take: CLIENTS_PER_PAGE,
    }),
    admin ? repo.listCoachIdentities(ctx.db) : Promise.resolve([]),
  ]);
  const nextSessions = await nextSessionPerClient(
    ctx.db,
    rows.map((row) => row.id),
    ctx.clock.now(),
  );
  const items = rows.map(({ bookings, ...client }) => {
    const answered = bookings.find((booking) => intakeAnswersOf(booking.answers).length > 0);
    return {
      ...client,
      intake: answered ? { bookedAt: answered.createdAt, answers: intakeAnswersOf(answered.answers) } : null,
      sessions: bookings.map(({ answers: _answers, createdAt: _createdAt, ...session }) => session),
      nextSessionAt: nextSessions.get(client.id) ?? null,
    };
  });
  return {
    items,
    total,
    page,
    pageCount,
    canChooseCoach: admin,
    coaches: coaches.map(({ id, displayName, timeZone }) => ({ id, displayName, timeZone })),
  };
}

export type ClientList = Awaited<ReturnType<typeof listClients>>;
export type ClientListItem = ClientList["items"][number];
