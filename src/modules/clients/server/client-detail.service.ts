import type { z } from "zod";
import { intakeAnswers } from "~/modules/bookings/schemas";
import { placeFor } from "~/modules/bookings/domain/session-place";
import { projectProgress } from "~/modules/projects/domain/progress";
import { readinessOfProjects } from "~/modules/readiness/server/readiness.service";
import type { TenantContext } from "~/server/api/tenant-context";
import { notFound } from "~/server/errors";
import type { clientIdInput } from "../schemas";
import { awaitingReviewPerProject, interviewedPerTrack } from "./caseload.repo";
import { findClientDetail, findClientSessions } from "./clients.repo";
import { notesAbout } from "./coach-notes.service";

/**
 * The staff page about one client: who they are, their projects with progress, readiness and
 * fears, their sessions and the notes the caller may see. Another coach's client is NOT_FOUND.
 */
export async function clientDetail(ctx: TenantContext, input: z.infer<typeof clientIdInput>) {
  const client = await findClientDetail(ctx.db, input.clientId, {
    client: ctx.visible.clients,
    project: ctx.visible.projects,
  });
  if (!client) throw notFound("That client");
  const projectIds = client.projects.map((project) => project.id);
  const now = ctx.clock.now();
  const [interviewed, awaiting, readiness, sessions, notes] = await Promise.all([
    interviewedPerTrack(ctx.db, projectIds, ctx.visible.projects, ctx.clock.now()),
    awaitingReviewPerProject(ctx.db, projectIds, ctx.visible.reflections),
    readinessOfProjects(ctx, projectIds),
    findClientSessions(ctx.db, client.id),
    notesAbout(ctx, client.id),
  ]);
  const { projects, ...person } = client;
  // The coach reads each session as they would on their sessions page: what, where, and what the client answered.
  const shown = sessions.map(({ answers, locationKind, locationDetail, bookerPhone, ...session }) => ({
    ...session,
    place:
      placeFor(
        "coach",
        { location: { kind: locationKind, detail: locationDetail }, bookerPhone },
        { coach: session.coach.displayName, booker: client.name },
      )?.sentence ?? null,
    answers: intakeAnswers(answers),
    started: session.startAt <= now,
    notes: notes.filter((note) => note.bookingId === session.id),
  }));
  return {
    client: person,
    projects: projects.map((project) => ({
      ...project,
      progress: projectProgress(
        project.tracks.map((track) => ({ ...track, interviewed: interviewed.get(track.id) ?? 0 })),
      ),
      awaitingReview: awaiting.get(project.id) ?? 0,
      readiness: readiness.get(project.id)!,
    })),
    upcomingSessions: shown.filter((s) => s.startAt > now && s.status === "CONFIRMED").reverse(),
    pastSessions: shown.filter((s) => s.startAt <= now || s.status !== "CONFIRMED"),
    notes: notes.filter((note) => note.bookingId === null),
  };
}
