import type { z } from "zod";
import { assertProjectOpen } from "~/modules/projects/server/open-project";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError, notFound } from "~/server/errors";
import { isStaffRole } from "~/server/auth/roles";
import { writtenAfterLabel } from "../domain/elapsed";
import { canEditReflection, isShared } from "../domain/reflection-state";
import {
  REFLECTION_TEXT_FIELDS,
  type finishReflectionInput,
  type interviewInput,
  type referredContactInput,
  type saveDraftInput,
} from "../schemas";
import { commentThread } from "./comments.service";
import { queueReflectionSubmitted } from "./reflection-emails";
import * as repo from "./reflections.repo";

// The reflection page: the client writes (autosaved drafts, then share or keep private); staff
// who may see the project read what was shared, beside the project. A private reflection or a
// draft does not exist for staff — NOT_FOUND, the same as another practice's id.

const staffSees = (ctx: TenantContext) => ({ project: ctx.visible.projects, reflection: ctx.visible.reflections });

async function interviewPage(ctx: TenantContext, interviewId: string) {
  const where = ctx.membership.role === "CLIENT" ? { project: ctx.visible.ownProjects } : staffSees(ctx);
  const page = await repo.findInterviewPage(ctx.db, interviewId, where);
  if (!page) throw notFound("That interview");
  return page;
}

export async function reflectionPage(ctx: TenantContext, input: z.infer<typeof interviewInput>) {
  const page = await interviewPage(ctx, input.interviewId);
  const trackOfInterview = await repo.interviewTracks(ctx.db, page.project.id);
  const reflection = page.reflection;
  const comments = reflection && isShared(reflection) ? await commentThread(ctx, reflection.id) : [];
  return {
    viewer: isStaffRole(ctx.membership.role) ? ("staff" as const) : ("client" as const),
    interview: {
      id: page.id,
      occurredAt: page.occurredAt,
      chosenQuestions: Array.isArray(page.chosenQuestions) ? (page.chosenQuestions as string[]) : [],
      notes: page.notes,
    },
    contact: page.contact,
    project: {
      id: page.project.id,
      title: page.project.title,
      northStar: page.project.northStar,
      status: page.project.status,
      clientName: page.project.client.name,
      coachName: page.project.coach.displayName,
      tracks: page.project.tracks.map((track) => ({
        ...track,
        interviews: trackOfInterview.filter((trackId) => trackId === track.id).length,
      })),
    },
    reflection,
    writtenAfter: writtenAfterLabel(page.occurredAt, reflection?.startedAt ?? null),
    canEdit: ctx.membership.role === "CLIENT" && page.project.status === "ACTIVE" && canEditReflection(reflection),
    comments,
  };
}

async function editableInterview(ctx: TenantContext, interviewId: string) {
  if (ctx.membership.role !== "CLIENT") throw notFound("That interview");
  const page = await interviewPage(ctx, interviewId);
  assertProjectOpen(page.project);
  if (!canEditReflection(page.reflection)) {
    throw new AppError("CONFLICT", "This reflection is already shared with your coach, so it can no longer be edited.");
  }
  return page;
}

/** Autosave: stores the answers exactly as typed; the first save marks when writing started. */
export async function saveDraft(ctx: TenantContext, input: z.infer<typeof saveDraftInput>) {
  const page = await editableInterview(ctx, input.interviewId);
  const saved = await repo.upsertReflectionAnswers(
    ctx.db,
    { interviewId: page.id, projectId: page.project.id },
    input.answers,
    { startedAt: page.reflection?.startedAt ?? ctx.clock.now() },
  );
  return { id: saved.id, savedAt: saved.updatedAt, status: saved.status, isPrivate: saved.isPrivate };
}

/** Shares the reflection with the coach (and emails them), or finishes it as private. */
export async function finishReflection(ctx: TenantContext, input: z.infer<typeof finishReflectionInput>) {
  const page = await editableInterview(ctx, input.interviewId);
  const now = ctx.clock.now();
  const shared = input.visibility === "SHARED";
  const saved = await repo.upsertReflectionAnswers(
    ctx.db,
    { interviewId: page.id, projectId: page.project.id },
    input.answers,
    {
      startedAt: page.reflection?.startedAt ?? now,
      status: "SUBMITTED",
      isPrivate: !shared,
      submittedAt: page.reflection?.status === "SUBMITTED" && !shared ? page.reflection.submittedAt : now,
    },
  );
  await repo.touchProjectActivity(ctx.db, page.project.id, now);
  if (shared) {
    await queueReflectionSubmitted(
      ctx,
      {
        id: saved.id,
        interviewId: page.id,
        resonance: saved.resonance,
        texts: REFLECTION_TEXT_FIELDS.map((field) => saved[field]),
      },
      {
        client: page.project.client,
        coach: page.project.coach,
        contactName: page.contact.name,
        trackName: page.contact.track.name,
      },
    );
  }
  return { id: saved.id, status: saved.status, isPrivate: saved.isPrivate, submittedAt: saved.submittedAt };
}

/** Someone the interviewee recommended becomes a contact in the same track, referred by them. */
export async function addReferredContact(ctx: TenantContext, input: z.infer<typeof referredContactInput>) {
  if (ctx.membership.role !== "CLIENT") throw notFound("That interview");
  const page = await interviewPage(ctx, input.interviewId);
  assertProjectOpen(page.project);
  return repo.insertReferredContact(ctx.db, {
    projectId: page.project.id,
    trackId: page.contact.track.id,
    referredById: page.contact.id,
    name: input.name,
    role: input.role ?? null,
    organisation: input.organisation ?? null,
    howFound: `Recommended by ${page.contact.name}`,
  });
}
