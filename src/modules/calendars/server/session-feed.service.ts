import { env } from "~/env";
import { generateToken, hashToken } from "~/lib/tokens";
import { coachToManage } from "~/modules/scheduling/server/coach-access";
import type { TenantContext } from "~/server/api/tenant-context";
import { openSecret, sealSecret } from "~/server/crypto/secret-box";
import { AppError } from "~/server/errors";
import * as repo from "./session-feed.repo";

// A coach's private subscription feed of their upcoming sessions, for any calendar app. The secret in its URL is
// the only credential: stored hashed for the lookup and sealed so the page can show the URL again.

export const sessionFeedPath = (token: string) => `/calendar-feeds/${token}/sessions.ics`;

export async function sessionFeedUrl(ctx: TenantContext, coachProfileId: string): Promise<string | null> {
  const sealed = await repo.findSealedFeedToken(ctx.db, coachProfileId);
  return sealed ? new URL(sessionFeedPath(openSecret(sealed)), env.APP_URL).toString() : null;
}

async function feedCoach(ctx: TenantContext, coachProfileId: string | undefined) {
  const coach = await coachToManage(ctx, coachProfileId);
  if (!coach)
    throw new AppError("CONFLICT", "Save your availability first: the feed lists the sessions booked with you.");
  return coach;
}

/** Turns the feed on, or replaces its link: the old link stops working at once. */
export async function regenerateSessionFeed(ctx: TenantContext, input: { coachProfileId?: string }) {
  const coach = await feedCoach(ctx, input.coachProfileId);
  const token = generateToken();
  await repo.setFeedToken(ctx.db, coach.id, { hash: hashToken(token), sealed: sealSecret(token) });
  return { url: new URL(sessionFeedPath(token), env.APP_URL).toString() };
}

export async function revokeSessionFeed(ctx: TenantContext, input: { coachProfileId?: string }) {
  const coach = await feedCoach(ctx, input.coachProfileId);
  await repo.setFeedToken(ctx.db, coach.id, null);
  return { url: null };
}
