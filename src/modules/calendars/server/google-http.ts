import { z } from "zod";
import { env } from "~/env";
import {
  type OutboundFailure,
  OutboundFetchError,
  type OutboundPolicy,
  outboundFetch,
} from "~/server/http/outbound-fetch";

// Google's OAuth and Calendar endpoints spoken over plain REST through the app's safe fetcher:
// one place that sends, reads the answer and turns every way it can go wrong into a GoogleError.

export interface GoogleConfig {
  clientId: string;
  clientSecret: string;
  /** The consent page the coach's browser is sent to. */
  authUrl: string;
  /** Base of POST /token. */
  tokenBaseUrl: string;
  /** Base of /calendar/v3/… */
  apiBaseUrl: string;
  /** Unset: the fetcher's own, from OUTBOUND_ALLOWED_HOSTS. */
  policy?: OutboundPolicy;
}

/** Null when Google is not set up: the Calendars page then says so instead of offering it. */
export function googleConfigFromEnv(): GoogleConfig | null {
  if (!env.GOOGLE_CLIENT_ID || !env.GOOGLE_CLIENT_SECRET) return null;
  return {
    clientId: env.GOOGLE_CLIENT_ID,
    clientSecret: env.GOOGLE_CLIENT_SECRET,
    authUrl: env.GOOGLE_AUTH_URL,
    tokenBaseUrl: env.GOOGLE_OAUTH_BASE_URL,
    apiBaseUrl: env.GOOGLE_API_BASE_URL,
  };
}

export type GoogleFailure =
  | "revoked"
  /** An access token was refused: refresh it and try once more (withGoogleAccess does). */
  | "unauthorized"
  | "not_found"
  | "forbidden"
  | "rate_limited"
  | "bad_response"
  | OutboundFailure;

const AGAIN_SHORTLY = "Fieldnotes will try again in a few minutes.";

const messages: Record<GoogleFailure, string> = {
  revoked: "Google no longer lets Fieldnotes read this calendar: connect it again.",
  unauthorized: "Google did not accept Fieldnotes' access to this calendar: connect it again if this persists.",
  not_found:
    "Google cannot find this calendar or event: it may have been deleted or unshared. Choose another calendar.",
  forbidden:
    "Google does not let Fieldnotes change this calendar: choose one you own, or connect again and allow access.",
  rate_limited: `Google asked Fieldnotes to slow down. ${AGAIN_SHORTLY}`,
  bad_response: `Google answered in a way Fieldnotes did not expect. ${AGAIN_SHORTLY}`,
  timeout: `Google did not answer in time. ${AGAIN_SHORTLY}`,
  network: `Fieldnotes could not reach Google. ${AGAIN_SHORTLY}`,
  dns: `Fieldnotes could not look up Google's address. ${AGAIN_SHORTLY}`,
  too_large: `Google's answer was larger than Fieldnotes accepts. ${AGAIN_SHORTLY}`,
  too_many_redirects: `Google redirected Fieldnotes instead of answering. ${AGAIN_SHORTLY}`,
  blocked_address: "The configured Google address is not one Fieldnotes may call: check GOOGLE_API_BASE_URL.",
  bad_url: "The configured Google address is not a valid URL: check the GOOGLE_* settings.",
};

export class GoogleError extends Error {
  readonly reason: GoogleFailure;

  constructor(reason: GoogleFailure, message = messages[reason]) {
    super(message);
    this.name = "GoogleError";
    this.reason = reason;
  }
}

export interface GoogleAnswer {
  status: number;
  json: unknown;
}

interface GoogleRequest {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  url: string;
  accessToken?: string;
  form?: Record<string, string>;
  json?: unknown;
}

const TIMEOUT_MS = 15_000;
const MAX_BYTES = 2_000_000;

export async function callGoogle(config: GoogleConfig, request: GoogleRequest): Promise<GoogleAnswer> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (request.accessToken) headers.authorization = `Bearer ${request.accessToken}`;
  let body: string | undefined;
  if (request.form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(request.form).toString();
  } else if (request.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(request.json);
  }
  try {
    const response = await outboundFetch(
      request.url,
      // Google's APIs answer without redirecting: a 3xx is an unexpected answer, not a place to go.
      { method: request.method, headers, body, timeoutMs: TIMEOUT_MS, maxBytes: MAX_BYTES, maxRedirects: 0 },
      config.policy,
    );
    return { status: response.status, json: parseJson(response.body) };
  } catch (error) {
    if (error instanceof OutboundFetchError) throw new GoogleError(error.reason);
    throw error;
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const apiErrorBody = z.object({
  error: z.object({ errors: z.array(z.object({ reason: z.string() })).optional() }),
});

const RATE_LIMIT_REASONS = new Set(["rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded"]);

/** The failure a Calendar API answer outside 2xx stands for. */
export function apiFailure(answer: GoogleAnswer): GoogleError {
  const reasons = apiErrorBody.safeParse(answer.json).data?.error.errors?.map((entry) => entry.reason) ?? [];
  switch (answer.status) {
    case 401:
      return new GoogleError("unauthorized");
    case 403:
      // Google reports exhausted quotas as 403 with a reason, not only as 429.
      return new GoogleError(reasons.some((reason) => RATE_LIMIT_REASONS.has(reason)) ? "rate_limited" : "forbidden");
    case 404:
    case 410:
      return new GoogleError("not_found");
    case 429:
      return new GoogleError("rate_limited");
    default:
      return new GoogleError("bad_response");
  }
}

export const isSuccess = (answer: GoogleAnswer) => answer.status >= 200 && answer.status < 300;

/** A 2xx answer's body in the shape we rely on, or a bad_response failure. */
export function readAnswer<T>(answer: GoogleAnswer, schema: z.ZodType<T>, failure = apiFailure): T {
  if (!isSuccess(answer)) throw failure(answer);
  const parsed = schema.safeParse(answer.json);
  if (!parsed.success) throw new GoogleError("bad_response");
  return parsed.data;
}

/** `base` + `path`, keeping any path the base has (a double mounted under a prefix). */
export function joinUrl(base: string, path: string, query: Record<string, string> = {}): string {
  const url = new URL(`${base.replace(/\/+$/, "")}/${path}`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}
