import type { z } from "zod";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError, notFound } from "~/server/errors";
import { fearsOf, INGREDIENT_KEYS, readinessTrend, type Ratings } from "../domain/readiness";
import type { projectIdInput, submitCheckInInput } from "../schemas";
import * as repo from "./readiness.repo";

/** The check-in page for the client: the one waiting for their answers, if any, and the fears they listed last time. */
export async function openCheckIn(ctx: TenantContext, input: z.infer<typeof projectIdInput>) {
  const project = await repo.findProject(ctx.db, input.projectId, ctx.visible.ownProjects);
  if (!project) throw notFound("That project");
  const [open, latest] = await Promise.all([
    repo.findOpenCheckIn(ctx.db, project.id),
    repo.findLatestAnswered(ctx.db, project.id),
  ]);
  return {
    project: { id: project.id, title: project.title },
    checkIn: open ? { id: open.id, requestedAt: open.requestedAt } : null,
    lastAnsweredAt: latest?.completedAt ?? null,
    previousFears: latest ? fearsOf(latest.fears) : [],
  };
}

/** The client answers a waiting check-in, once; only on their own project. */
export async function submitCheckIn(ctx: TenantContext, input: z.infer<typeof submitCheckInInput>) {
  const checkIn = await repo.findCheckIn(ctx.db, input.checkInId, ctx.visible.ownProjects);
  if (!checkIn) throw notFound("That check-in");
  const alreadyAnswered = new AppError(
    "CONFLICT",
    "You have already answered this check-in. Your coach can ask for a new one when it's time.",
  );
  if (checkIn.completedAt) throw alreadyAnswered;
  const ratings = Object.fromEntries(INGREDIENT_KEYS.map((key) => [key, input[key]])) as Ratings;
  const answered = await repo.answerCheckIn(ctx.db, checkIn.id, {
    ...ratings,
    note: input.note || null,
    fears: input.fears,
    completedAt: ctx.clock.now(),
  });
  if (answered === 0) throw alreadyAnswered;
  return { id: checkIn.id, projectId: checkIn.projectId };
}

/** A coach asks the client for another check-in; one waits at a time. */
export async function requestCheckIn(ctx: TenantContext, input: z.infer<typeof projectIdInput>) {
  const project = await repo.findProject(ctx.db, input.projectId, ctx.visible.projects);
  if (!project) throw notFound("That project");
  if (project.status !== "ACTIVE") {
    throw new AppError("CONFLICT", "This project is closed, so there is nothing to check in on.");
  }
  if (await repo.findOpenCheckIn(ctx.db, project.id)) {
    throw new AppError("CONFLICT", `A check-in is already waiting for ${project.client.name} to answer.`);
  }
  const checkIn = await repo.insertCheckIn(ctx.db, {
    projectId: project.id,
    requestedById: ctx.actor.userId,
    requestedAt: ctx.clock.now(),
  });
  return { id: checkIn.id, requestedAt: checkIn.requestedAt };
}

/**
 * For staff pages: per project, the answered check-ins (oldest first) with their trend, the
 * latest fears, and whether one is waiting. Two queries whatever the number of projects.
 */
export async function readinessOfProjects(ctx: TenantContext, projectIds: string[]) {
  const checkIns = await repo.findCheckIns(ctx.db, projectIds, ctx.visible.projects);
  return new Map(
    projectIds.map((projectId) => {
      const mine = checkIns.filter((checkIn) => checkIn.projectId === projectId);
      const answered = mine.flatMap((checkIn) => {
        const { completedAt, hope, time, energy, selfEsteem, ambition } = checkIn;
        if (!completedAt || !hope || !time || !energy || !selfEsteem || !ambition) return [];
        return [
          {
            id: checkIn.id,
            completedAt,
            hope,
            time,
            energy,
            selfEsteem,
            ambition,
            note: checkIn.note,
            fears: fearsOf(checkIn.fears),
          },
        ];
      });
      const waiting = mine.find((checkIn) => !checkIn.completedAt) ?? null;
      return [
        projectId,
        {
          answered,
          trend: readinessTrend(answered),
          latestFears: answered.at(-1)?.fears ?? [],
          waitingSince: waiting?.requestedAt ?? null,
        },
      ] as const;
    }),
  );
}
export type ProjectReadiness = NonNullable<ReturnType<Awaited<ReturnType<typeof readinessOfProjects>>["get"]>>;
