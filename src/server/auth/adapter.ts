import { PrismaAdapter } from "@auth/prisma-adapter";
import { prisma } from "~/server/db/client";
import { systemClock } from "~/server/clock";
import { openSession } from "./open-session";
import { findSessionAndMarkUsed } from "./session-rows.system.repo";
import { requestUserAgent } from "./session-device";

// The adapter's types name @prisma/client's PrismaClient; ours is generated with the
// driver-adapter client, which has the same delegates at run time.
const prismaAdapter = PrismaAdapter(prisma as unknown as Parameters<typeof PrismaAdapter>[0]);

export const authAdapter: typeof prismaAdapter = {
  ...prismaAdapter,
  // Auth.js opens the session inside its route handler, so the request's headers name the browser.
  createSession: async (session) =>
    openSession(session, { userAgent: await requestUserAgent(), now: systemClock.now() }),
  getSessionAndUser: (sessionToken) => findSessionAndMarkUsed(sessionToken, systemClock.now()),
};
