import { randomBytes } from "node:crypto";
import { SESSION_MAX_AGE_SECONDS } from "./session-cookie";
import { openSession } from "./open-session";
import { requestUserAgent } from "./session-device";

/** Opens an Auth.js database session for a user (invitation acceptance, dev sign-in), for the browser being served. */
export async function createDatabaseSession(userId: string, now: Date) {
  const sessionToken = randomBytes(32).toString("base64url");
  const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await openSession({ sessionToken, userId, expires }, { userAgent: await requestUserAgent(), now });
  return { sessionToken, expires };
}
