import { describe, expect, it } from "vitest";
import { createUser } from "../../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { callerFor, expectTRPCError } from "~/test/callers";

// Each caller is one browser: it opens its own database session at its first call.
async function twoBrowsersOf(user: { id: string }) {
  const here = callerFor(user);
  const there = callerFor(user);
  await Promise.all([here.profile.get(), there.profile.get()]);
  return { here, there };
}

describe("a person's sessions", () => {
  it("lists only the caller's own open sessions, this one first and marked, without their tokens", async () => {
    const maya = await createUser(prisma);
    const someoneElse = await createUser(prisma);
    const { here } = await twoBrowsersOf(maya);
    await callerFor(someoneElse).profile.get();
    await prisma.session.create({
      data: { sessionToken: `expired-${maya.id}`, userId: maya.id, expires: new Date(Date.now() - 1000) },
    });

    const listed = await here.security.sessions();
    const mayasOpen = await prisma.session.findMany({ where: { userId: maya.id, expires: { gt: new Date() } } });
    expect(listed.map((s) => s.id).sort()).toEqual(mayasOpen.map((s) => s.id).sort());
    expect(listed.map((s) => s.isCurrent)).toEqual([true, false]);
    expect(JSON.stringify(listed)).not.toContain(mayasOpen[0]!.sessionToken);
    expect(Object.keys(listed[0]!).sort()).toEqual(["createdAt", "deviceLabel", "id", "isCurrent", "lastUsedAt"]);
  });

  it("signs one other session out: its next request is signed out, this one carries on", async () => {
    const maya = await createUser(prisma);
    const { here, there } = await twoBrowsersOf(maya);
    const other = (await here.security.sessions()).find((s) => !s.isCurrent)!;

    expect(await here.security.revokeSession({ sessionId: other.id })).toEqual({ revoked: 1 });
    await expectTRPCError(there.profile.get(), "UNAUTHORIZED");
    expect((await here.security.sessions()).map((s) => s.isCurrent)).toEqual([true]);
  });

  it("answers NOT_FOUND for another person's session, exactly as for one that never existed, and leaves it open", async () => {
    const maya = await createUser(prisma);
    const sam = await createUser(prisma);
    const mayas = callerFor(maya);
    const sams = callerFor(sam);
    const samsSession = (await sams.security.sessions())[0]!;

    await expectTRPCError(mayas.security.revokeSession({ sessionId: samsSession.id }), "NOT_FOUND");
    await expectTRPCError(mayas.security.revokeSession({ sessionId: crypto.randomUUID() }), "NOT_FOUND");
    expect((await sams.profile.get()).id).toBe(sam.id);
  });

  it("refuses to end the session making the request (that is the account menu's Sign out)", async () => {
    const maya = await createUser(prisma);
    const here = callerFor(maya);
    const [current] = await here.security.sessions();
    await expectTRPCError(here.security.revokeSession({ sessionId: current!.id }), "BAD_REQUEST");
    expect((await here.profile.get()).id).toBe(maya.id);
  });

  it("signs out everywhere else and keeps this session and other people's", async () => {
    const maya = await createUser(prisma);
    const sam = await createUser(prisma);
    const { here, there } = await twoBrowsersOf(maya);
    const third = callerFor(maya);
    await third.profile.get();
    const sams = callerFor(sam);
    await sams.profile.get();

    expect(await here.security.revokeOtherSessions()).toEqual({ revoked: 2 });
    await expectTRPCError(there.profile.get(), "UNAUTHORIZED");
    await expectTRPCError(third.profile.get(), "UNAUTHORIZED");
    expect((await here.security.sessions()).map((s) => s.isCurrent)).toEqual([true]);
    expect((await sams.profile.get()).id).toBe(sam.id);
  });
});
