import { Auth } from "@auth/core";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { addMember, createPasskeyRow, createPractice, createUser } from "../../../../prisma/factories";
import { env } from "~/env";
import { hashToken } from "~/lib/tokens";
import { SECOND_FACTOR_REQUIRED_MESSAGE } from "~/server/api/trpc";
import { authOptions } from "~/server/auth/auth-options";
import { withSignInCallbackPath } from "~/server/auth/sign-in-callback-path";
import { fixedClock } from "~/server/clock";
import { prisma } from "~/server/db/client";
import { AppError } from "~/server/errors";
import { callerFor, expectTRPCError } from "~/test/callers";
import { completeWithCode, pendingSignInChoices, secondFactorStepAfterEmail } from "./second-factor-sign-in.service";

const NOW = new Date("2026-12-02T15:40:10Z");
const clock = fixedClock(NOW);
const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
const minutesLater = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const ticketOf = (location: string) => new URL(location, env.APP_URL).searchParams.get("ticket")!;

/** A person with a confirmed authenticator app, its secret, and their ten recovery codes. */
async function personWithAuthenticator() {
  const user = await createUser(prisma);
  const caller = callerFor(user, clock);
  const { secret } = await caller.secondFactor.startAuthenticator();
  const { recoveryCodes } = await caller.secondFactor.confirmAuthenticator({ code: await codeAt(secret, NOW) });
  return { user, caller, secret, recoveryCodes: recoveryCodes! };
}

async function pendingTicketFor(user: { id: string }, callbackPath = "/app", at = NOW) {
  return ticketOf((await secondFactorStepAfterEmail(user, callbackPath, at))!);
}

/** Runs Auth.js' own callback route for an emailed link, as the confirmation page's button does. */
async function useEmailedLink(email: string, callbackPath: string) {
  const token = `token-${crypto.randomUUID()}`;
  await prisma.verificationToken.create({
    data: {
      identifier: email,
      token: hashToken(`${token}${env.AUTH_SECRET}`),
      expires: new Date(Date.now() + 15 * 60_000),
    },
  });
  const query = new URLSearchParams({ token, email, callbackUrl: callbackPath });
  const request = new Request(new URL(`/api/auth/callback/nodemailer?${query}`, env.APP_URL), { method: "POST" });
  return withSignInCallbackPath(callbackPath, () => Auth(request, { ...authOptions, basePath: "/api/auth" }));
}

const refusalOf = async (attempt: Promise<unknown>) => {
  try {
    await attempt;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
};

describe("signing in with a second factor", () => {
  it("sends a person with a factor from the emailed link to the second-factor page, with no session made", async () => {
    const { user } = await personWithAuthenticator();
    const before = await prisma.session.count({ where: { userId: user.id } });

    const response = await useEmailedLink(user.email, "/p/northstar/caseload");
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/signin/second-factor");
    expect(response.headers.getSetCookie().join(";")).not.toContain("session-token");
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(before);

    const pending = await prisma.pendingSignIn.findFirstOrThrow({ where: { userId: user.id } });
    expect(pending.tokenHash).toBe(hashToken(location.searchParams.get("ticket")!));
    expect(pending.callbackPath).toBe("/p/northstar/caseload");
    expect(await pendingSignInChoices(location.searchParams.get("ticket")!, new Date())).toMatchObject({
      email: user.email,
      authenticatorApp: true,
      passkeys: false,
    });
  });

  it("lets a person without a factor in at once: Auth.js makes the session as before", async () => {
    const user = await createUser(prisma);
    const response = await useEmailedLink(user.email, "/app");
    expect(new URL(response.headers.get("location")!).pathname).toBe("/app");
    expect(response.headers.getSetCookie().join(";")).toContain("session-token");
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1);
    expect(await prisma.pendingSignIn.count({ where: { userId: user.id } })).toBe(0);
  });

  it("accepts the app's code once: the pending sign-in is used up and the same code is not accepted again", async () => {
    const { user, secret } = await personWithAuthenticator();
    const later = minutesLater(1);
    const code = await codeAt(secret, later);
    const ticket = await pendingTicketFor(user, "/profile");

    expect(await completeWithCode(ticket, code, later)).toEqual({
      user: { id: user.id, email: user.email, timeZone: "UTC" },
      callbackPath: "/profile",
    });
    expect(await refusalOf(completeWithCode(ticket, code, later))).toBe("NOT_FOUND");
    // A fresh pending sign-in does not make the code good again within its window.
    expect(await refusalOf(completeWithCode(await pendingTicketFor(user, "/app", later), code, later))).toBe(
      "BAD_REQUEST",
    );
  });

  it("lets a pending sign-in lapse after ten minutes", async () => {
    const { user, secret } = await personWithAuthenticator();
    const ticket = await pendingTicketFor(user);
    const lapsed = minutesLater(10.5);
    expect(await refusalOf(completeWithCode(ticket, await codeAt(secret, lapsed), lapsed))).toBe("NOT_FOUND");
    expect(await pendingSignInChoices(ticket, lapsed)).toBeNull();
  });

  it("takes a recovery code once, whatever its case or dash, and emails the person about it", async () => {
    const { user, recoveryCodes } = await personWithAuthenticator();
    const [code] = recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);

    await completeWithCode(await pendingTicketFor(user), code!.toUpperCase().replace("-", ""), NOW);
    expect(await refusalOf(completeWithCode(await pendingTicketFor(user), code!, NOW))).toBe("BAD_REQUEST");

    const notice = await prisma.emailMessage.findFirstOrThrow({
      where: {
        to: user.email,
        template: "second-factor-changed",
        data: { path: ["props", "change"], equals: "recovery-code-used" },
      },
    });
    expect(notice.data).toMatchObject({ props: { recoveryCodesLeft: 9 } });
    expect(await prisma.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
  });

  it("holds five code attempts per pending sign-in under ten at once, and then refuses even the right code", async () => {
    const { user, secret } = await personWithAuthenticator();
    const ticket = await pendingTicketFor(user);
    const later = minutesLater(2);
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, index) => refusalOf(completeWithCode(ticket, `00000${index}`, later))),
    );
    expect(outcomes.filter((outcome) => outcome === "BAD_REQUEST")).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome === "TOO_MANY_REQUESTS")).toHaveLength(5);
    expect(await refusalOf(completeWithCode(ticket, await codeAt(secret, later), later))).toBe("TOO_MANY_REQUESTS");
  });

  it("holds ten code attempts per person across pending sign-ins, under ten at once each", async () => {
    const { user } = await personWithAuthenticator();
    const later = minutesLater(3);
    const tickets = await Promise.all([1, 2, 3].map(() => pendingTicketFor(user, "/app", later)));
    const outcomes = await Promise.all(
      tickets.flatMap((ticket) =>
        Array.from({ length: 4 }, (_, index) => refusalOf(completeWithCode(ticket, `11111${index}`, later))),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === "BAD_REQUEST")).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome === "TOO_MANY_REQUESTS")).toHaveLength(2);
  });

  it("lets one of ten simultaneous uses of the same right code through", async () => {
    const { user, secret } = await personWithAuthenticator();
    const later = minutesLater(4);
    const code = await codeAt(secret, later);
    const tickets = await Promise.all(Array.from({ length: 5 }, () => pendingTicketFor(user, "/app", later)));
    const outcomes = await Promise.all(tickets.map((ticket) => refusalOf(completeWithCode(ticket, code, later))));
    expect(outcomes.filter((outcome) => outcome === "ok")).toHaveLength(1);
  });
});

describe("managing factors", () => {
  it("stores the app's secret sealed, and shows recovery codes only with the first factor", async () => {
    const { user, caller, secret } = await personWithAuthenticator();
    const row = await prisma.totpAuthenticator.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.secretSealed).not.toContain(secret);
    const hashes = await prisma.recoveryCode.findMany({ where: { userId: user.id } });
    expect(hashes).toHaveLength(10);

    await createPasskeyRow(prisma, user.id);
    const factors = await caller.secondFactor.factors();
    expect(factors).toMatchObject({ totp: { lastUsedAt: NOW }, recoveryCodesLeft: 10 });
    expect(JSON.stringify(factors)).not.toMatch(/secret|codeHash|publicKey/);
  });

  it("refuses a wrong code at setup and keeps the app unconfirmed, which is no factor", async () => {
    const user = await createUser(prisma);
    const caller = callerFor(user, clock);
    await caller.secondFactor.startAuthenticator();
    await expectTRPCError(caller.secondFactor.confirmAuthenticator({ code: "000000" }), "BAD_REQUEST");
    expect(await caller.secondFactor.factors()).toMatchObject({ totp: null, recoveryCodesLeft: 0 });
    expect(await secondFactorStepAfterEmail(user, "/app", NOW)).toBeNull();
  });

  it("makes new recovery codes that replace the old, and emails each change", async () => {
    const { user, caller, recoveryCodes } = await personWithAuthenticator();
    const { recoveryCodes: fresh } = await caller.secondFactor.regenerateRecoveryCodes();
    expect(fresh).toHaveLength(10);
    expect(await refusalOf(completeWithCode(await pendingTicketFor(user), recoveryCodes[0]!, NOW))).toBe("BAD_REQUEST");
    await completeWithCode(await pendingTicketFor(user), fresh[0]!, NOW);

    await caller.secondFactor.removeAuthenticator();
    const changes = await prisma.emailMessage.findMany({
      where: { to: user.email, template: "second-factor-changed" },
      orderBy: { createdAt: "asc" },
    });
    expect(changes.map((email) => (email.data as { props: { change: string } }).props.change).sort()).toEqual(
      ["authenticator-added", "authenticator-removed", "recovery-code-used", "recovery-codes-regenerated"].sort(),
    );
    // The last factor gone, its recovery codes went with it and the emailed link alone signs in again.
    expect(await prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await secondFactorStepAfterEmail(user, "/app", NOW)).toBeNull();
  });

  it("renames and removes only the person's own passkeys", async () => {
    const user = await createUser(prisma);
    const caller = callerFor(user, clock);
    const passkey = await createPasskeyRow(prisma, user.id, "Laptop");
    expect(await caller.secondFactor.renamePasskey({ passkeyId: passkey.id, name: "Work laptop" })).toEqual({
      name: "Work laptop",
    });
    await expectTRPCError(caller.secondFactor.renamePasskey({ passkeyId: passkey.id, name: "\u0000" }), "BAD_REQUEST");
    await expectTRPCError(
      caller.secondFactor.renamePasskey({ passkeyId: passkey.id, name: "x".repeat(5000) }),
      "BAD_REQUEST",
    );
    await caller.secondFactor.removePasskey({ passkeyId: passkey.id });
    await expectTRPCError(caller.secondFactor.removePasskey({ passkeyId: passkey.id }), "NOT_FOUND");
  });
});

describe("a practice that requires a second factor of its staff", () => {
  it("refuses staff without a factor in every practice procedure, lets clients and staff with one through", async () => {
    const { practice, owner } = await createPractice(prisma);
    const coach = (await addMember(prisma, practice.id, "COACH")).user;
    const client = (await addMember(prisma, practice.id, "CLIENT")).user;
    const practiceSlug = practice.slug;
    const ownerCaller = callerFor(owner, clock);

    await expectTRPCError(ownerCaller.practices.requireStaffSecondFactor({ practiceSlug, required: true }), "CONFLICT");
    await createPasskeyRow(prisma, owner.id);
    expect(await ownerCaller.practices.requireStaffSecondFactor({ practiceSlug, required: true })).toEqual({
      requireStaffSecondFactor: true,
    });
    expect(
      await prisma.auditEvent.findFirstOrThrow({
        where: { practiceId: practice.id, action: "practices.requireStaffSecondFactor" },
      }),
    ).toMatchObject({ actorUserId: owner.id, data: { required: true } });

    const refused = await expectTRPCError(callerFor(coach).practices.get({ practiceSlug }), "FORBIDDEN");
    expect(refused.message).toBe(SECOND_FACTOR_REQUIRED_MESSAGE);
    await expectTRPCError(callerFor(coach).members.list({ practiceSlug }), "FORBIDDEN");
    expect((await callerFor(client).practices.get({ practiceSlug })).role).toBe("CLIENT");
    // The security page stays open to them, and says why.
    expect(await callerFor(coach).secondFactor.factors()).toMatchObject({ requiredByPractice: true });

    await createPasskeyRow(prisma, coach.id);
    expect((await callerFor(coach).practices.get({ practiceSlug })).role).toBe("COACH");
  });
});
