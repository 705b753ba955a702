import { z } from "zod";
import { type Clock, systemClock } from "~/server/clock";
import { type GoogleAnswer, type GoogleConfig, GoogleError, callGoogle, joinUrl, readAnswer } from "./google-http";

// Google's OAuth 2.0 web-server flow: send the coach to consent, trade the code for tokens, keep
// the access token fresh with the refresh token.

// Free/busy in, events out, and the calendar list to choose from: the narrowest scopes that do
// it (no access to other events' contents). openid + email name the account on the Calendars page.
export const GOOGLE_SCOPES = [
  "openid",
  "email",
  "https://www.googleapis.com/auth/calendar.freebusy",
  "https://www.googleapis.com/auth/calendar.calendarlist.readonly",
  "https://www.googleapis.com/auth/calendar.events",
] as const;

export interface GoogleTokens {
  accessToken: string;
  /** Only when Google issued one; a refresh normally keeps the one already held. */
  refreshToken: string | null;
  expiresAt: Date;
  email: string | null;
}

export function googleAuthorizationUrl(
  config: GoogleConfig,
  request: { redirectUri: string; state: string; loginHint?: string },
): string {
  const url = new URL(config.authUrl);
  const params = {
    client_id: config.clientId,
    redirect_uri: request.redirectUri,
    response_type: "code",
    scope: GOOGLE_SCOPES.join(" "),
    state: request.state,
    // offline + consent: Google issues a refresh token on every connection, also a repeated one.
    access_type: "offline",
    prompt: "consent",
    include_granted_scopes: "true",
    ...(request.loginHint ? { login_hint: request.loginHint } : {}),
  };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

const tokenAnswer = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  refresh_token: z.string().min(1).optional(),
  id_token: z.string().optional(),
});

const tokenError = z.object({ error: z.string() });

function tokenFailure(answer: GoogleAnswer): GoogleError {
  const code = tokenError.safeParse(answer.json).data?.error;
  if (code === "invalid_grant") return new GoogleError("revoked");
  if (code === "invalid_client" || code === "unauthorized_client") {
    return new GoogleError(
      "forbidden",
      "Google refused Fieldnotes' OAuth client: an administrator should check GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET.",
    );
  }
  return new GoogleError(answer.status === 429 ? "rate_limited" : "bad_response");
}

const idTokenClaims = z.object({ aud: z.string(), email: z.email().optional() });

// The ID token came straight from Google's token endpoint over TLS, so OpenID Connect lets us
// read it without checking its signature (Core 1.0, §3.1.3.7); the audience check still
// refuses a token minted for another client.
function emailFromIdToken(config: GoogleConfig, idToken: string | undefined): string | null {
  const payload = idToken?.split(".")[1];
  if (!payload) return null;
  try {
    const claims = idTokenClaims.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))).data;
    return claims?.aud === config.clientId ? (claims.email ?? null) : null;
  } catch {
    return null;
  }
}

async function requestTokens(config: GoogleConfig, form: Record<string, string>, clock: Clock): Promise<GoogleTokens> {
  const answer = await callGoogle(config, {
    method: "POST",
    url: joinUrl(config.tokenBaseUrl, "token"),
    form: { ...form, client_id: config.clientId, client_secret: config.clientSecret },
  });
  const tokens = readAnswer(answer, tokenAnswer, tokenFailure);
  return {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token ?? null,
    expiresAt: new Date(clock.now().getTime() + tokens.expires_in * 1000),
    email: emailFromIdToken(config, tokens.id_token),
  };
}

export function exchangeCode(
  config: GoogleConfig,
  grant: { code: string; redirectUri: string },
  clock: Clock = systemClock,
): Promise<GoogleTokens> {
  return requestTokens(
    config,
    { grant_type: "authorization_code", code: grant.code, redirect_uri: grant.redirectUri },
    clock,
  );
}

/** A refresh token Google has revoked (or expired) fails with reason "revoked". */
export function refreshAccessToken(
  config: GoogleConfig,
  refreshToken: string,
  clock: Clock = systemClock,
): Promise<GoogleTokens> {
  return requestTokens(config, { grant_type: "refresh_token", refresh_token: refreshToken }, clock);
}

export interface GoogleGrant {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
}

// Refreshing a little early keeps a token from expiring between the check and Google's reading of it.
const EXPIRY_MARGIN_MS = 60_000;

/**
 * Runs `call` with a valid access token: refreshes first when the held one is (nearly) expired,
 * and once more when Google refuses it anyway. `grant` is what to store afterwards (unchanged
 * when `refreshed` is false).
 */
export async function withGoogleAccess<T>(
  config: GoogleConfig,
  held: GoogleGrant,
  call: (accessToken: string) => Promise<T>,
  clock: Clock = systemClock,
): Promise<{ result: T; grant: GoogleGrant; refreshed: boolean }> {
  const refresh = async (): Promise<GoogleGrant> => {
    const tokens = await refreshAccessToken(config, held.refreshToken, clock);
    return {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken ?? held.refreshToken,
      expiresAt: tokens.expiresAt,
    };
  };
  const stale = held.expiresAt.getTime() - EXPIRY_MARGIN_MS <= clock.now().getTime();
  let grant = stale ? await refresh() : held;
  for (;;) {
    try {
      return { result: await call(grant.accessToken), grant, refreshed: grant !== held };
    } catch (error) {
      if (!(error instanceof GoogleError && error.reason === "unauthorized")) throw error;
      // A token minted a moment ago that Google still refuses means the access itself is gone.
      if (grant !== held) throw new GoogleError("revoked");
      grant = await refresh();
    }
  }
}
