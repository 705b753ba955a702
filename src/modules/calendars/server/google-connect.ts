import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "~/env";

// The round trip through Google's consent page carries a `state` that only this server can have made: who asked
// (the signed-in user), for which coach of which practice, and until when. The callback refuses any other.

const STATE_LIFETIME_MS = 10 * 60_000;

const statePayload = z.object({
  practiceSlug: z.string().min(1).max(100),
  coachProfileId: z.string().min(1).max(64),
  userId: z.string().min(1).max(64),
  expiresAt: z.number().int(),
});

export type GoogleState = z.infer<typeof statePayload>;

const signatureOf = (payload: string) =>
  createHmac("sha256", env.AUTH_SECRET).update(`google-calendar-state:${payload}`).digest("base64url");

export const googleRedirectUri = () => new URL("/api/calendars/google/callback", env.APP_URL).toString();

export function googleState(request: { practiceSlug: string; coachProfileId: string; userId: string; now: Date }) {
  const payload = Buffer.from(
    JSON.stringify({
      practiceSlug: request.practiceSlug,
      coachProfileId: request.coachProfileId,
      userId: request.userId,
      expiresAt: request.now.getTime() + STATE_LIFETIME_MS,
    }),
  ).toString("base64url");
  return `${payload}.${signatureOf(payload)}`;
}

/** The state's contents when this server signed it and it has not expired; null for anything else. */
export function readGoogleState(state: string, now: Date): GoogleState | null {
  const [payload, signature, extra] = state.split(".");
  if (!payload || !signature || extra !== undefined || state.length > 2000) return null;
  const expected = Buffer.from(signatureOf(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const result = statePayload.safeParse(parsed);
  if (!result.success || result.data.expiresAt < now.getTime()) return null;
  return result.data;
}
