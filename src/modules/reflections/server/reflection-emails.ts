import { env } from "~/env";
import { enqueueEmail } from "~/server/email/outbox";
import { fromCoach, fromPractice } from "~/server/email/sender";
import type { TenantContext } from "~/server/api/tenant-context";
import { excerptOf } from "../domain/reflection-state";

// The two emails a reflection causes, queued in the caller's transaction (dedupe keys from
// notes/email-contracts: one email per event and recipient).

interface People {
  client: { name: string; email: string };
  coach: { displayName: string; membership: { user: { email: string; name: string | null } } };
}

const reflectionUrl = (ctx: TenantContext, interviewId: string) =>
  new URL(`/p/${ctx.practice.slug}/interviews/${interviewId}/reflection`, env.APP_URL).toString();

const brand = (ctx: TenantContext) => ({ practiceName: ctx.practice.name, brandColor: ctx.practice.brandColor });

export function queueReflectionSubmitted(
  ctx: TenantContext,
  reflection: { id: string; interviewId: string; resonance: number | null; texts: string[] },
  about: People & { contactName: string; trackName: string },
) {
  return enqueueEmail(ctx.db, {
    template: "reflection-submitted",
    to: about.coach.membership.user.email,
    props: {
      ...brand(ctx),
      coachName: about.coach.displayName,
      clientName: about.client.name,
      contactName: about.contactName,
      trackName: about.trackName,
      resonance: reflection.resonance,
      excerpt: excerptOf(reflection.texts),
      reviewUrl: reflectionUrl(ctx, reflection.interviewId),
    },
    dedupeKey: `reflection-submitted:${reflection.id}`,
    practiceId: ctx.practice.id,
    fromName: fromPractice(ctx.practice.name),
    replyTo: about.client.email,
  });
}

/**
 * A staff comment goes to the client, from its author via the practice, and a reply reaches the author; the client's
 * own comment goes to their coach, from the practice, and a reply reaches the client.
 */
export function queueReflectionComment(
  ctx: TenantContext,
  comment: { id: string; body: string; byClient: boolean },
  about: People & { interviewId: string; contactName: string },
) {
  const recipient = comment.byClient
    ? { name: about.coach.displayName, email: about.coach.membership.user.email }
    : { name: about.client.name, email: about.client.email };
  const authorName = ctx.actor.name ?? ctx.actor.email;
  return enqueueEmail(ctx.db, {
    template: "reflection-comment",
    to: recipient.email,
    props: {
      ...brand(ctx),
      recipientName: recipient.name,
      authorName,
      byStaff: !comment.byClient,
      contactName: about.contactName,
      excerpt: excerptOf([comment.body]),
      reflectionUrl: reflectionUrl(ctx, about.interviewId),
    },
    dedupeKey: `reflection-comment:${comment.id}:${recipient.email.trim().toLowerCase()}`,
    practiceId: ctx.practice.id,
    fromName: comment.byClient ? fromPractice(ctx.practice.name) : fromCoach(authorName, ctx.practice.name),
    replyTo: ctx.actor.email,
  });
}
