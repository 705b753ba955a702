import { headers } from "next/headers";
import { ZodError, type z } from "zod";
import { systemClock } from "~/server/clock";
import { AppError, zodFieldErrors } from "~/server/errors";
import { clientAddress, consumeRateLimit, type RateLimitPolicy } from "./rate-limit";
import { bodyWithin } from "./request-body";

// The public HTTP API (docs/API.md): JSON in and out, errors as
// {"error": {"code", "message", "fields"?}}, a per-IP rate limit, and CORS open to any
// site (these endpoints carry no cookies; the manage token is the only credential). The
// public pages' Server Actions go through publicAction, under the same limits.

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, Idempotency-Key",
  "Access-Control-Max-Age": "86400",
};

type ErrorCode = "VALIDATION_FAILED" | "RATE_LIMITED" | "BAD_JSON" | "TOO_LARGE" | "INTERNAL" | AppError["code"];

/** A request the HTTP layer refuses before any service sees it (unreadable or oversized body). */
class MalformedRequest extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function jsonError(
  status: number,
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return Response.json(
    { error: { code, message, ...(fields ? { fields } : {}) } },
    { status, headers: { ...CORS_HEADERS, ...headers } },
  );
}

export function json(body: unknown, status = 200) {
  return jsonText(JSON.stringify(body), status);
}

/** A JSON answer already written as text (parts of it kept from earlier answers). */
export function jsonText(text: string, status = 200) {
  return new Response(text, {
    status,
    headers: { ...CORS_HEADERS, "Cache-Control": "no-store", "Content-Type": "application/json" },
  });
}

/** Parses with a schema; a failure becomes a 422 listing each field's problem. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

export async function readJsonBody(req: Request, maxBytes = 16_384): Promise<Record<string, unknown>> {
  const tooLarge = () => new MalformedRequest(413, "TOO_LARGE", `The request body is larger than ${maxBytes} bytes.`);
  const text = await new Response(bodyWithin(req, maxBytes, tooLarge)).text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw new MalformedRequest(400, "BAD_JSON", "The request body is not valid JSON.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new MalformedRequest(400, "BAD_JSON", "The request body must be a JSON object.");
  }
  return body as Record<string, unknown>;
}

const INVALID_FIELDS = "Some fields are not valid.";

function toResponse(error: unknown): Response {
  if (error instanceof ZodError) return jsonError(422, "VALIDATION_FAILED", INVALID_FIELDS, zodFieldErrors(error));
  if (error instanceof MalformedRequest) return jsonError(error.status, error.code, error.message);
  if (error instanceof AppError) {
    // A request that is well-formed but asks for something never offered is unprocessable.
    if (error.code === "BAD_REQUEST") return jsonError(422, "VALIDATION_FAILED", error.message, error.fields);
    return jsonError(error.status, error.code, error.message, error.fields);
  }
  console.error("public API failed", error);
  return jsonError(500, "INTERNAL", "Something went wrong on our side. Please try again.");
}

// Reads are counted per web server (no SQL on the hot path); writes change data and send email, so
// their limit holds across every server.
export const PUBLIC_READ_LIMIT: RateLimitPolicy = { name: "public-read", limit: 120, windowSeconds: 60, shared: false };
export const PUBLIC_WRITE_LIMIT: RateLimitPolicy = { name: "public-write", limit: 20, windowSeconds: 60, shared: true };

/**
 * Wraps a public route handler: rate limit first, then the path's parameters, then the handler,
 * then one error format. A parameter its schema refuses (a NUL byte in a uid) cannot name
 * anything, so it is answered like one that names nothing.
 */
export function publicEndpoint<P>(
  policy: RateLimitPolicy,
  handler: (req: Request, params: P, now: Date) => Promise<Response>,
  paramsSchema?: z.ZodType<P>,
) {
  return async (req: Request, context: { params: Promise<P> }) => {
    const now = systemClock.now();
    try {
      const limit = await consumeRateLimit(policy, clientAddress(req.headers), now);
      if (!limit.allowed) {
        return jsonError(429, "RATE_LIMITED", "Too many requests. Wait a moment and try again.", undefined, {
          "Retry-After": String(limit.retryAfterSeconds),
        });
      }
      const raw = await context.params;
      const params = paramsSchema ? paramsSchema.safeParse(raw) : { success: true as const, data: raw };
      if (!params.success) {
        return jsonError(404, "NOT_FOUND", "Nothing was found at that address. Check the link you followed.");
      }
      return await handler(req, params.data, now);
    } catch (error) {
      return toResponse(error);
    }
  };
}

/**
 * The twin of publicEndpoint for a public page's Server Action, so a form is no way around the
 * API's limits: the same policy, counted against the same client address, before the handler
 * runs. A refusal (the limit, invalid fields, or an AppError from the service) goes to `refused`,
 * which turns it into the form's state, keeping what the visitor typed; anything else, including
 * Next's redirect, propagates.
 */
export function publicAction<State>(
  policy: RateLimitPolicy,
  handler: (form: FormData, now: Date) => Promise<State>,
  refused: (error: AppError, form: FormData) => State,
) {
  return async (_previous: State, form: FormData): Promise<State> => {
    const now = systemClock.now();
    try {
      const limit = await consumeRateLimit(policy, clientAddress(await headers()), now);
      if (!limit.allowed) {
        throw new AppError(
          "TOO_MANY_REQUESTS",
          `Too many attempts from your network. Please try again in ${limit.retryAfterSeconds} seconds.`,
        );
      }
      return await handler(form, now);
    } catch (error) {
      if (error instanceof ZodError) {
        const message = error.issues[0]?.message ?? INVALID_FIELDS;
        return refused(new AppError("BAD_REQUEST", message, zodFieldErrors(error)), form);
      }
      if (error instanceof AppError) return refused(error, form);
      throw error;
    }
  };
}

export function corsPreflight() {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
