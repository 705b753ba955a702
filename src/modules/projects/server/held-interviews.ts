import type { Prisma } from "~/server/db/client";

/**
 * The contacts a project's progress counts: someone with an interview that has taken place. An
 * interview the client is preparing (in the future) does not count yet — the same rule the
 * workspace applies (outreach/server/workspace.service.ts), so the project list, the caseload
 * and the workspace always show the same "N of M".
 */
export const interviewedBy = (now: Date): Prisma.ContactWhereInput => ({
  interviews: { some: { occurredAt: { lte: now } } },
});
