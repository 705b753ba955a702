import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { e2eDb } from "./db";

// Signed-in HTTP calls without the browser: a real Auth.js database session row and its
// cookie (the name Auth.js uses over plain http), sent with the request like a browser would.

export async function sessionCookieFor(userId: string): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await e2eDb().session.create({
    data: { sessionToken, userId, expires: new Date(Date.now() + 86_400_000) },
  });
  return `authjs.session-token=${sessionToken}`;
}

/** A tRPC mutation over HTTP, as the app's own client sends it (superjson body, same origin). */
export function trpcMutation(
  request: APIRequestContext,
  baseURL: string,
  cookie: string,
  path: string,
  input: Record<string, unknown>,
) {
  return request.post(`/api/trpc/${path}`, {
    headers: { Cookie: cookie, Origin: baseURL, "Content-Type": "application/json" },
    data: { json: input },
  });
}
