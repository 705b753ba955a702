import type { z } from "zod";
import { localDateOf, type LocalDate } from "~/lib/time-zones";
import { assertCanActivateClient } from "~/modules/billing/server/plan-guard";
import { admitClient } from "~/modules/clients/server/client-access.service";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError, notFound } from "~/server/errors";
import { isStaffRole } from "~/server/auth/roles";
import { cleanQuestionBank, describeOutreachGoal, dueDateProblem } from "../domain/project-plan";
import { imbalanceMessage, projectProgress } from "../domain/progress";
import type { AssignProjectInput, UpdateProjectInput, listProjectsInput, projectIdInput } from "../schemas";
import { ensureCoachProfile } from "./coach-profile";
import { queueProjectAssignedEmail } from "./project-assigned-email";
import * as repo from "./projects.repo";
import { findProjectTemplate } from "./templates.repo";

// A Date column (@db.Date) holds a calendar date; Prisma hands it over as UTC midnight.
const toLocalDate = (date: Date): LocalDate => date.toISOString().slice(0, 10);
const fromLocalDate = (date: LocalDate): Date => new Date(`${date}T00:00:00Z`);

type Counts = Awaited<ReturnType<typeof repo.countContactsByTrack>>;

function projectView(ctx: TenantContext, row: repo.ProjectRow, counts: Counts) {
  const tracks = row.tracks.map((track) => ({
    id: track.id,
    name: track.name,
    targetCount: track.targetCount,
    contacts: counts.get(track.id)?.contacts ?? 0,
    interviewed: counts.get(track.id)?.interviewed ?? 0,
  }));
  const progress = projectProgress(tracks);
  return {
    id: row.id,
    title: row.title,
    northStar: row.northStar,
    dueDate: row.dueDate ? toLocalDate(row.dueDate) : null,
    status: row.status,
    templateId: row.templateId,
    outreachGoal: {
      count: row.outreachGoalCount,
      period: row.outreachGoalPeriod,
      label: describeOutreachGoal(row.outreachGoalCount, row.outreachGoalPeriod),
    },
    questionBank: cleanQuestionBank(row.questionBank),
    followUpAfterDays: row.followUpAfterDays,
    maxFollowUps: row.maxFollowUps,
    lastActivityAt: row.lastActivityAt,
    closedAt: row.closedAt,
    createdAt: row.createdAt,
    client: { id: row.client.id, name: row.client.name, timeZone: row.client.timeZone ?? ctx.practice.timeZone },
    coach: { id: row.coach.id, displayName: row.coach.displayName },
    tracks: progress.tracks.map((track, index) => ({ ...track, contacts: tracks[index]!.contacts })),
    progress: { interviewed: progress.interviewed, target: progress.target, complete: progress.complete },
    /** The "one track far ahead" warning (domain/progress.ts), or null. */
    imbalance: imbalanceMessage(tracks),
    viewer: {
      isClient: row.client.userId === ctx.actor.userId,
      canManage: isStaffRole(ctx.membership.role),
    },
  };
}

export type ProjectView = ReturnType<typeof projectView>;

/** One project as the caller may see it: header, tracks with targets and interview counts, settings. */
export async function getProject(ctx: TenantContext, input: z.infer<typeof projectIdInput>): Promise<ProjectView> {
  const scope = ctx.visible.projects;
  const row = await repo.findProject(ctx.db, scope, input.projectId);
  if (!row) throw notFound("That project");
  return projectView(ctx, row, await repo.countContactsByTrack(ctx.db, scope, [row.id], ctx.clock.now()));
}

/** A client's own projects; for staff, the projects they may see. Three queries whatever the number. */
export async function listProjects(
  ctx: TenantContext,
  input: z.infer<typeof listProjectsInput>,
): Promise<ProjectView[]> {
  const scope = ctx.visible.projects;
  const rows = await repo.listProjects(ctx.db, scope, input.status === "ALL" ? null : input.status);
  const counts = await repo.countContactsByTrack(
    ctx.db,
    scope,
    rows.map((row) => row.id),
    ctx.clock.now(),
  );
  return rows.map((row) => projectView(ctx, row, counts));
}

/** Who a project can be assigned to, for the assignment form's picker. */
export async function listAssignableClients(ctx: TenantContext) {
  const clients = await repo.listAssignableClients(ctx.db, ctx.visible.clients);
  return clients.map(({ id, name, email, status, coach }) => ({
    id,
    name,
    email,
    status,
    coachName: coach?.displayName ?? null,
  }));
}

function refuseDueDate(dueDate: LocalDate, zone: string, now: Date) {
  const problem = dueDateProblem(dueDate, localDateOf(now, zone));
  if (problem) throw new AppError("BAD_REQUEST", problem, { dueDate: problem });
}

/**
 * Gives a client a project: from a template (its tracks, questions and goal arrive already
 * copied into the input, edited or not) or from scratch. The client becomes ACTIVE (a plan
 * limit) and a CLIENT member, is asked for a readiness check-in, and is emailed a way into the
 * project (a link that signs them in, if they never have) in the same transaction. The
 * project's coach is the client's coach; a client without one (only an admin can reach such
 * a client) gets the admin as coach.
 */
export async function assignProject(ctx: TenantContext, input: AssignProjectInput) {
  const client = await repo.findAssignableClient(ctx.db, ctx.visible.clients, input.clientId);
  if (!client) throw notFound("That client");
  const zone = client.timeZone ?? ctx.practice.timeZone;
  const now = ctx.clock.now();
  if (input.dueDate) refuseDueDate(input.dueDate, zone, now);
  if (input.templateId && !(await findProjectTemplate(ctx.db, input.templateId))) throw notFound("That template");

  if (client.status !== "ACTIVE") await assertCanActivateClient(ctx);
  // Before the project exists: a staff member's address cannot become a client, and nothing is made.
  const access = await admitClient(ctx, client);

  const coach = client.coach ?? (await ensureCoachProfile(ctx));
  const project = await repo.createProject(ctx.db, {
    clientId: client.id,
    coachProfileId: coach.id,
    templateId: input.templateId ?? null,
    title: input.title,
    northStar: input.northStar,
    dueDate: input.dueDate ? fromLocalDate(input.dueDate) : null,
    tracks: input.tracks,
    questionBank: input.questionBank,
    outreachGoalCount: input.outreachGoalCount,
    outreachGoalPeriod: input.outreachGoalPeriod,
    requestedById: ctx.actor.userId,
    now,
  });
  if (client.status !== "ACTIVE" || !client.coach) {
    await repo.updateClientForProject(ctx.db, client.id, {
      status: "ACTIVE",
      ...(client.coach ? {} : { coachProfileId: coach.id }),
    });
  }
  await queueProjectAssignedEmail(ctx, {
    projectId: project.id,
    client,
    access,
    coach,
    input,
  });
  return { id: project.id };
}

/** Title, north star, due date, tracks, outreach goal, follow-up rule and question bank. */
export async function updateProject(ctx: TenantContext, input: UpdateProjectInput): Promise<ProjectView> {
  const scope = ctx.visible.projects;
  const project = await repo.findProject(ctx.db, scope, input.projectId);
  if (!project) throw notFound("That project");
  const zone = project.client.timeZone ?? ctx.practice.timeZone;
  // A due date that has passed may stay as it is while other settings change; a new one must not be in the past.
  const currentDue = project.dueDate ? toLocalDate(project.dueDate) : null;
  if (input.dueDate && input.dueDate !== currentDue) refuseDueDate(input.dueDate, zone, ctx.clock.now());

  const existing = new Set(project.tracks.map((track) => track.id));
  const kept = input.tracks.flatMap((track) => (track.id ? [track.id] : []));
  if (kept.some((id) => !existing.has(id)) || new Set(kept).size !== kept.length) throw notFound("That track");
  const removed = project.tracks.filter((track) => !kept.includes(track.id));
  if (removed.length) {
    const counts = await repo.countContactsByTrack(ctx.db, scope, [project.id], ctx.clock.now());
    const busy = removed.find((track) => (counts.get(track.id)?.contacts ?? 0) > 0);
    if (busy) {
      const contacts = counts.get(busy.id)!.contacts;
      const message = `“${busy.name}” can't be removed: it has ${contacts} ${contacts === 1 ? "contact" : "contacts"}, and removing the track would delete them with their outreach, interviews and reflections. Keep the track (you can rename it), or delete those contacts in the workspace first.`;
      throw new AppError("CONFLICT", message, { tracks: message });
    }
  }
  await repo.updateProjectSettings(ctx.db, project.id, {
    title: input.title,
    northStar: input.northStar,
    dueDate: input.dueDate ? fromLocalDate(input.dueDate) : null,
    questionBank: input.questionBank,
    outreachGoalCount: input.outreachGoalCount,
    outreachGoalPeriod: input.outreachGoalPeriod,
    followUpAfterDays: input.followUpAfterDays,
    maxFollowUps: input.maxFollowUps,
  });
  await repo.replaceTracks(ctx.db, project.id, input.tracks);
  return getProject(ctx, { projectId: project.id });
}
