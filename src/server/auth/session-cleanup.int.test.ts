import { describe, expect, it } from "vitest";
import { createUser } from "../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { KNOWN_BROWSER_DAYS } from "./new-browser-rule";
import { cleanUpEndedSessions } from "./session-cleanup";

const NOW = new Date("2026-12-02T04:17:00Z");
const daysFromNow = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

describe("the ended-sessions sweep", () => {
  it("deletes sessions over for longer than a browser stays known and expired sign-in links, and nothing else", async () => {
    const user = await createUser(prisma);
    const session = (name: string, expires: Date) =>
      prisma.session.create({ data: { sessionToken: `${name}-${user.id}`, userId: user.id, expires } });
    await session("open", daysFromNow(20));
    await session("recently-ended", daysFromNow(-KNOWN_BROWSER_DAYS + 1));
    await session("long-over", daysFromNow(-KNOWN_BROWSER_DAYS - 1));
    const link = (token: string, expires: Date) =>
      prisma.verificationToken.create({ data: { identifier: user.email, token: `${token}-${user.id}`, expires } });
    await link("fresh", daysFromNow(1 / 96));
    await link("stale", daysFromNow(-1 / 96));

    const counts = await cleanUpEndedSessions(NOW);

    expect(counts.sessions).toBeGreaterThanOrEqual(1);
    const left = await prisma.session.findMany({ where: { userId: user.id }, orderBy: { expires: "asc" } });
    expect(left.map((row) => row.sessionToken)).toEqual([`recently-ended-${user.id}`, `open-${user.id}`]);
    const links = await prisma.verificationToken.findMany({ where: { identifier: user.email } });
    expect(links.map((row) => row.token)).toEqual([`fresh-${user.id}`]);
  });
});
