import type { z } from "zod";
import { projectProgress, type ProjectProgress } from "~/modules/projects/domain/progress";
import type { TenantContext } from "~/server/api/tenant-context";
import type { Prisma } from "~/server/db/client";
import { isAdminRole } from "~/server/auth/roles";
import {
  DEFAULT_DIRECTION,
  daysIdle,
  isStalled,
  paginate,
  sortCaseload,
  type CaseloadRowData,
} from "../domain/caseload";
import type { caseloadInput, stalledAfterDaysInput } from "../schemas";
import * as repo from "./caseload.repo";
import { findCaseloadDetails } from "./caseload.system.repo";

export interface CaseloadRow extends CaseloadRowData {
  clientId: string;
  coach: { id: string; displayName: string } | null;
  project: { id: string; title: string; progress: ProjectProgress } | null;
  /** Other active projects of the same client, shown as "+N more". */
  moreProjects: number;
  nextSessionAt: Date | null;
  daysIdle: number | null;
}

/**
 * The caseload: every active client the caller may see (a coach their own, an admin all, with
 * a coach filter), one row each with their active project's progress, last activity, the
 * reflections awaiting review, the next session and the stalled flag. Three statements whatever
 * the size: the visible clients, every number for all of them in one more, and the coach filter's
 * list; sorting and paging by derived values (progress, stalled) happen here.
 */
export async function loadCaseload(ctx: TenantContext, input: z.infer<typeof caseloadInput>) {
  const now = ctx.clock.now();
  const admin = isAdminRole(ctx.membership.role);
  const stalledAfterDays = ctx.practice.stalledAfterDays;
  const where: Prisma.ClientWhereInput = {
    AND: [
      ctx.visible.clients,
      { OR: [{ status: "ACTIVE" }, { projects: { some: { status: "ACTIVE" } } }] },
      admin && input.coachProfileId ? { coachProfileId: input.coachProfileId } : {},
      input.search ? { name: { contains: input.search, mode: "insensitive" } } : {},
    ],
  };
  const [clients, coaches] = await Promise.all([
    repo.findCaseloadClients(ctx.db, where),
    admin ? repo.listCoaches(ctx.db) : Promise.resolve([]),
  ]);
  const details = await findCaseloadDetails(
    ctx.db,
    clients.map((client) => client.id),
    now,
  );

  const rows: CaseloadRow[] = clients.map((client) => {
    const { coach = null, projects = [], nextSessionAt = null } = details.get(client.id) ?? {};
    const [project, ...more] = projects;
    const progress = project ? projectProgress(project.tracks) : null;
    return {
      clientId: client.id,
      clientName: client.name,
      coach,
      project: project && progress ? { id: project.id, title: project.title, progress } : null,
      moreProjects: more.length,
      progress: progress?.ratio ?? null,
      lastActivityAt: project?.lastActivityAt ?? null,
      daysIdle: project ? daysIdle(project.lastActivityAt, now) : null,
      awaitingReview: projects.reduce((sum, p) => sum + p.awaitingReview, 0),
      nextSessionAt,
      stalled: project ? isStalled(project.lastActivityAt, now, stalledAfterDays) : false,
    };
  });
  const direction = input.direction ?? DEFAULT_DIRECTION[input.sort];
  const shown = input.stalledOnly ? rows.filter((row) => row.stalled) : rows;
  return {
    ...paginate(sortCaseload(shown, input.sort, direction), input.page),
    sort: input.sort,
    direction,
    stalledCount: rows.filter((row) => row.stalled).length,
    stalledAfterDays,
    coaches,
    canConfigure: admin,
  };
}

export async function setStalledAfterDays(ctx: TenantContext, input: z.infer<typeof stalledAfterDaysInput>) {
  return repo.updateStalledAfterDays(ctx.db, input.stalledAfterDays);
}
