import { describe, expect, it } from "vitest";
import { createUser } from "../../../prisma/factories";
import { countSqlStatements } from "../../../scripts/lib/sql-statements";
import type { Clock } from "~/server/clock";
import { prisma } from "~/server/db/client";
import { callerFor, expectTRPCError } from "~/test/callers";
import { resolveDatabaseSession } from "./database-session";
import { SESSION_ACTIVITY_INTERVAL_MS } from "./session-activity";
import { SESSION_MAX_AGE_SECONDS } from "./session-cookie";
import { createDatabaseSession } from "./session.system.repo";

const SIGNED_IN_AT = new Date("2026-03-02T09:00:00Z");
const EXPIRES_AT = new Date(SIGNED_IN_AT.getTime() + SESSION_MAX_AGE_SECONDS * 1000);

/** A clock the test moves by hand. */
function movableClock(start: Date) {
  let now = start;
  const clock: Clock = { now: () => new Date(now) };
  return { clock, moveTo: (at: Date) => void (now = at) };
}

describe("database sessions", () => {
  it("resolves a token to what the database says about its user, read afresh every time", async () => {
    const user = await createUser(prisma, { name: "Maya", timeZone: "Europe/London" });
    const { sessionToken } = await createDatabaseSession(user.id, SIGNED_IN_AT);

    expect(await resolveDatabaseSession(sessionToken, SIGNED_IN_AT)).toEqual({
      expires: EXPIRES_AT.toISOString(),
      sessionId: (await prisma.session.findUniqueOrThrow({ where: { sessionToken } })).id,
      user: { id: user.id, name: "Maya", email: user.email, timeZone: "Europe/London", timeFormat: "AUTO" },
    });
    await prisma.user.update({ where: { id: user.id }, data: { name: "Maya Chen", timeFormat: "H24" } });
    expect((await resolveDatabaseSession(sessionToken, SIGNED_IN_AT))?.user).toMatchObject({
      name: "Maya Chen",
      timeFormat: "H24",
    });
    expect(await resolveDatabaseSession("not-a-session-token", SIGNED_IN_AT)).toBeNull();
  });

  it("ends a caller's session once its row is deleted (sign-out, revocation)", async () => {
    const user = await createUser(prisma);
    const caller = callerFor(user);
    expect((await caller.profile.get()).id).toBe(user.id);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1);

    await prisma.session.deleteMany({ where: { userId: user.id } });
    await expectTRPCError(caller.profile.get(), "UNAUTHORIZED");
  });

  it("ends a caller's session when it expires, and deletes the expired row as Auth.js does", async () => {
    const user = await createUser(prisma);
    const { clock, moveTo } = movableClock(SIGNED_IN_AT);
    const caller = callerFor(user, clock);
    await caller.profile.get();

    moveTo(EXPIRES_AT); // the last valid instant
    expect((await caller.profile.get()).id).toBe(user.id);

    moveTo(new Date(EXPIRES_AT.getTime() + 1));
    await expectTRPCError(caller.profile.get(), "UNAUTHORIZED");
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("marks when a session was last used at most once per interval, so a page view is not a write", async () => {
    const user = await createUser(prisma);
    const { sessionToken } = await createDatabaseSession(user.id, SIGNED_IN_AT);
    const lastUsed = async () => (await prisma.session.findUniqueOrThrow({ where: { sessionToken } })).lastUsedAt;
    const at = (ms: number) => new Date(SIGNED_IN_AT.getTime() + ms);

    const early = await countSqlStatements(() =>
      resolveDatabaseSession(sessionToken, at(SESSION_ACTIVITY_INTERVAL_MS - 1)),
    );
    expect(await lastUsed()).toEqual(SIGNED_IN_AT);

    const due = await countSqlStatements(() => resolveDatabaseSession(sessionToken, at(SESSION_ACTIVITY_INTERVAL_MS)));
    expect(due.statements).toBeGreaterThan(early.statements);
    expect(await lastUsed()).toEqual(at(SESSION_ACTIVITY_INTERVAL_MS));
    await resolveDatabaseSession(sessionToken, at(SESSION_ACTIVITY_INTERVAL_MS + 60_000));
    expect(await lastUsed()).toEqual(at(SESSION_ACTIVITY_INTERVAL_MS));
  });
});
