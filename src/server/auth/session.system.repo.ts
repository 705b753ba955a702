import { randomBytes } from "node:crypto";
import { prisma } from "~/server/db/client";
import { SESSION_MAX_AGE_SECONDS } from "./session-cookie";

/** Opens an Auth.js database session for a user (invitation acceptance, dev sign-in). */
export async function createDatabaseSession(userId: string, now: Date) {
  const sessionToken = randomBytes(32).toString("base64url");
  const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await prisma.session.create({ data: { sessionToken, userId, expires } });
  return { sessionToken, expires };
}
