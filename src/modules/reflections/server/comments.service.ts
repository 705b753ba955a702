import type { z } from "zod";
import { ROLE_LABELS } from "~/modules/practices/domain/roles";
import type { TenantContext } from "~/server/api/tenant-context";
import { notFound } from "~/server/errors";
import { isStaffRole } from "~/server/auth/roles";
import { waitingLabel } from "../domain/elapsed";
import { excerptOf, isShared } from "../domain/reflection-state";
import type { commentInput, reflectionInput, reviewQueueInput } from "../schemas";
import { queueReflectionComment } from "./reflection-emails";
import * as repo from "./reflections.repo";

// The coach's side: the review queue, the comment thread (the client may reply) and "reviewed".

/** A shared reflection the caller may discuss: staff who see it, or its client. Drafts and private ones are not found. */
async function discussableReflection(ctx: TenantContext, reflectionId: string) {
  const reflection = await repo.findReflection(ctx.db, reflectionId, ctx.visible.reflections);
  if (!reflection || !isShared(reflection)) throw notFound("That reflection");
  return reflection;
}

/** The comments in order, each with its author's name and role in the practice. */
export async function commentThread(ctx: TenantContext, reflectionId: string) {
  const comments = await repo.listComments(ctx.db, reflectionId);
  const authors = await repo.membersByUserId(ctx.db, [...new Set(comments.map((c) => c.authorUserId))]);
  return comments.map(({ authorUserId, ...comment }) => {
    const author = authors.find((member) => member.userId === authorUserId);
    return {
      ...comment,
      mine: authorUserId === ctx.actor.userId,
      authorName: author ? (author.user.name ?? author.user.email) : "A former member",
      authorRole: author ? ROLE_LABELS[author.role] : null,
    };
  });
}

export async function addComment(ctx: TenantContext, input: z.infer<typeof commentInput>) {
  const reflection = await discussableReflection(ctx, input.reflectionId);
  if (input.parentId && !(await repo.findComment(ctx.db, reflection.id, input.parentId))) {
    throw notFound("The comment you are replying to");
  }
  const comment = await repo.insertComment(ctx.db, {
    reflectionId: reflection.id,
    authorUserId: ctx.actor.userId,
    parentId: input.parentId ?? null,
    body: input.body,
    at: ctx.clock.now(),
  });
  await queueReflectionComment(
    ctx,
    { id: comment.id, body: comment.body, byClient: !isStaffRole(ctx.membership.role) },
    {
      client: reflection.project.client,
      coach: reflection.project.coach,
      interviewId: reflection.interviewId,
      contactName: reflection.interview.contact.name,
    },
  );
  return comment;
}

export async function markReviewed(ctx: TenantContext, input: z.infer<typeof reflectionInput>) {
  const reflection = await discussableReflection(ctx, input.reflectionId);
  if (reflection.status === "REVIEWED") return { id: reflection.id, status: reflection.status };
  return repo.markReviewed(ctx.db, reflection.id, { userId: ctx.actor.userId, at: ctx.clock.now() });
}

/** Shared reflections nobody has reviewed yet, across the projects the caller may see, oldest first. */
export async function reviewQueue(ctx: TenantContext, input: z.infer<typeof reviewQueueInput>) {
  const where = ctx.visible.reflections;
  const [rows, total] = await Promise.all([
    repo.reviewQueuePage(ctx.db, where, input),
    repo.countReviewQueue(ctx.db, where),
  ]);
  const hasMore = rows.length > input.limit;
  const page = hasMore ? rows.slice(0, input.limit) : rows;
  const now = ctx.clock.now();
  return {
    total,
    nextCursor: hasMore ? (page.at(-1)?.id ?? null) : null,
    items: page.map((row) => ({
      id: row.id,
      interviewId: row.interviewId,
      projectId: row.project.id,
      projectTitle: row.project.title,
      clientName: row.project.client.name,
      contactName: row.interview.contact.name,
      trackName: row.interview.contact.track.name,
      resonance: row.resonance,
      interviewedAt: row.interview.occurredAt,
      submittedAt: row.submittedAt,
      waiting: row.submittedAt ? waitingLabel(row.submittedAt, now) : null,
      excerpt: excerptOf([row.learned], 160),
    })),
  };
}
