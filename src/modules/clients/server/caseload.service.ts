import type { z } from "zod";
import { projectProgress, type ProjectProgress } from "~/modules/projects/domain/progress";
import type { TenantContext } from "~/server/api/tenant-context";
import { isAdminRole } from "~/server/auth/roles";
import { DEFAULT_DIRECTION, daysIdle, isStalled, type CaseloadRowData } from "../domain/caseload";
import type { caseloadInput, stalledAfterDaysInput } from "../schemas";
import * as repo from "./caseload.repo";
import { findCaseloadPage, type CaseloadPageRow, type CaseloadScope } from "./caseload.system.repo";

const DAY_MS = 86_400_000;

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
 * reflections awaiting review, the next session and the stalled flag. Sorted, filtered, counted
 * and paged in SQL: one statement for the page, an admin's coach filter included.
 */
export async function loadCaseload(ctx: TenantContext, input: z.infer<typeof caseloadInput>) {
  const now = ctx.clock.now();
  const admin = isAdminRole(ctx.membership.role);
  const stalledAfterDays = ctx.practice.stalledAfterDays;
  const direction = input.direction ?? DEFAULT_DIRECTION[input.sort];
  // ctx.visible.clients in the page's SQL: a coach sees their own clients, an admin everyone's.
  const scope: CaseloadScope = admin
    ? { coachProfileId: input.coachProfileId }
    : { coachMembershipId: ctx.membership.id };
  const page = await findCaseloadPage(ctx.db, {
    scope,
    search: input.search,
    stalledSince: new Date(now.getTime() - stalledAfterDays * DAY_MS),
    stalledOnly: input.stalledOnly,
    sort: input.sort,
    direction,
    page: input.page,
    now,
    withCoaches: admin,
  });
  return {
    items: page.rows.map((row) => caseloadRow(row, now, stalledAfterDays)),
    page: page.page,
    pageCount: page.pageCount,
    total: page.total,
    sort: input.sort,
    direction,
    stalledCount: page.stalledCount,
    stalledAfterDays,
    coaches: page.coaches,
    canConfigure: admin,
  };
}

function caseloadRow(row: CaseloadPageRow, now: Date, stalledAfterDays: number): CaseloadRow {
  const [project, ...more] = row.projects;
  const progress = project ? projectProgress(project.tracks) : null;
  return {
    clientId: row.clientId,
    clientName: row.clientName,
    coach: row.coach,
    project: project && progress ? { id: project.id, title: project.title, progress } : null,
    moreProjects: more.length,
    progress: progress?.ratio ?? null,
    lastActivityAt: project?.lastActivityAt ?? null,
    daysIdle: project ? daysIdle(project.lastActivityAt, now) : null,
    awaitingReview: row.projects.reduce((sum, p) => sum + p.awaitingReview, 0),
    nextSessionAt: row.nextSessionAt,
    stalled: project ? isStalled(project.lastActivityAt, now, stalledAfterDays) : false,
  };
}

export async function setStalledAfterDays(ctx: TenantContext, input: z.infer<typeof stalledAfterDaysInput>) {
  return repo.updateStalledAfterDays(ctx.db, input.stalledAfterDays);
}
