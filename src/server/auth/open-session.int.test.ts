import { describe, expect, it } from "vitest";
import { createUser } from "../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { clearMailbox, deliverAndReadMailbox } from "~/test/outbox";
import { KNOWN_BROWSER_DAYS } from "./new-browser-rule";
import { openSession } from "./open-session";

const CHROME_MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const NOW = new Date("2026-12-02T15:40:00Z");
const DAY_MS = 86_400_000;

let tokens = 0;
async function signIn(userId: string, userAgent: string | null, now = NOW, lifetimeDays = 30) {
  const expires = new Date(now.getTime() + lifetimeDays * DAY_MS);
  return openSession({ sessionToken: `token-${++tokens}-${userId}`, userId, expires }, { userAgent, now });
}
const noticesTo = (to: string) => prisma.emailMessage.findMany({ where: { to, template: "new-sign-in" } });

describe("opening a session", () => {
  it("keeps the browser that opened it, and never the token in what it names the session by", async () => {
    const user = await createUser(prisma);
    const session = await signIn(user.id, CHROME_MAC);
    expect(session).toMatchObject({ userAgent: CHROME_MAC, deviceLabel: "Chrome on macOS", lastUsedAt: NOW });
    expect(session.id).not.toBe(session.sessionToken);
  });

  it("emails a notice for a browser new to the person, in their time zone, and not for one they use", async () => {
    clearMailbox();
    const user = await createUser(prisma, { timeZone: "Europe/London" });
    await signIn(user.id, CHROME_MAC); // the account's first sign-in: not news
    await signIn(user.id, CHROME_MAC);
    expect(await noticesTo(user.email)).toHaveLength(0);

    const firefox = await signIn(user.id, FIREFOX_WINDOWS);
    const [notice, ...more] = await noticesTo(user.email);
    expect(more).toHaveLength(0);
    expect(notice).toMatchObject({ dedupeKey: `new-sign-in:${firefox.id}`, practiceId: null });

    const mail = (await deliverAndReadMailbox()).find((m) => m.to.includes(user.email));
    expect(mail?.subject).toBe("New sign-in to Fieldnotes");
    expect(mail?.text).toContain("Device and browser: Firefox on Windows");
    expect(mail?.text).toContain("When: Wed, 2 Dec 2026, 15:40 GMT");
    expect(mail?.text).toContain("http://localhost:3000/profile/security");
  });

  it("forgets a browser whose last session ended more than the window ago", async () => {
    const user = await createUser(prisma);
    const longAgo = new Date(NOW.getTime() - (KNOWN_BROWSER_DAYS + 31) * DAY_MS);
    await signIn(user.id, FIREFOX_WINDOWS, longAgo);
    await signIn(user.id, CHROME_MAC);
    await prisma.emailMessage.deleteMany({ where: { to: user.email } });

    await signIn(user.id, FIREFOX_WINDOWS);
    expect(await noticesTo(user.email)).toHaveLength(1);
  });

  it("still emails after the person signed out everywhere, when no session row of theirs is left", async () => {
    const user = await createUser(prisma);
    await signIn(user.id, CHROME_MAC);
    await prisma.session.deleteMany({ where: { userId: user.id } });

    await signIn(user.id, FIREFOX_WINDOWS);
    expect(await noticesTo(user.email)).toHaveLength(1);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toEqual(NOW);
  });
});
