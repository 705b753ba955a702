import { describe, expect, it } from "vitest";
import { createPasskeyRow, createUser } from "../../../prisma/factories";
import { callerFor, expectTRPCError } from "~/test/callers";
import {
  ALL,
  PRACTICE_PROCEDURES,
  USER_PROCEDURES,
  call,
  practiceWithEveryRole,
  procedures,
  type ProcedureSpec,
} from "~/test/practice-procedures";
import { prisma, type Role } from "~/server/db/client";
import { practiceSlugInput } from "./trpc";

// The two tests that call every procedure, most of them on a practice made for the call, grow with the API: on a
// loaded 2-core machine they took four times their usual 10–15 s.
const TABLE_TIMEOUT_MS = 240_000;

describe("authorization", () => {
  it("knows every practice-scoped procedure", () => {
    const scoped = Object.entries(procedures)
      .filter(([, procedure]) => procedure._def.inputs.includes(practiceSlugInput))
      .map(([path]) => path)
      .sort();
    expect(scoped).toEqual(Object.keys(PRACTICE_PROCEDURES).sort());
  });

  it("answers NOT_FOUND to a member of practice A for practice B, by slug or by any id", async () => {
    const a = await practiceWithEveryRole();
    const b = await practiceWithEveryRole();
    const attempts = Object.entries(PRACTICE_PROCEDURES).flatMap(([path, spec]) => [
      // B's slug with B's ids: not a member there.
      ...ALL.map((role) => () => call(a.members[role], path, { practiceSlug: b.practice.slug, ...spec.input(b.ids) })),
      // A's slug (where this role may act) with B's ids: B's rows do not exist for A.
      ...(spec.usesIds
        ? [() => call(a.members[spec.roles[0]!], path, { practiceSlug: a.practice.slug, ...spec.input(b.ids) })]
        : []),
    ]);
    await inBatches(attempts, (attempt) => expectTRPCError(attempt(), "NOT_FOUND"));
    // And nothing in B changed.
    const bRows = await prisma.membership.findMany({ where: { practiceId: b.practice.id, removedAt: null } });
    expect(bRows).toHaveLength(6);
    expect((await prisma.practice.findUniqueOrThrow({ where: { id: b.practice.id } })).name).not.toBe("Renamed");
    expect(await prisma.invitation.count({ where: { practiceId: b.practice.id, revokedAt: null } })).toBe(1);
  });

  it("answers NOT_FOUND inside a practice for another client's work, to that other client and to a coach not theirs", async () => {
    const a = await practiceWithEveryRole();
    const scoped = Object.entries(PRACTICE_PROCEDURES).filter(([, spec]) => spec.clientScoped);
    for (const [path, spec] of scoped) {
      for (const role of (["CLIENT", "COACH"] as const).filter((r) => spec.roles.includes(r))) {
        await expectTRPCError(
          call(a.others[role], path, { practiceSlug: a.practice.slug, ...spec.input(a.ids) }),
          "NOT_FOUND",
        );
      }
    }
    // Nothing of the client's work was changed or removed by those calls.
    expect(await prisma.contact.count({ where: { projectId: a.ids.projectId } })).toBe(2);
    expect(await prisma.reflection.findUniqueOrThrow({ where: { id: a.ids.reflectionId } })).toMatchObject({
      status: "SUBMITTED",
      learned: "A lot",
    });
  });

  it("refuses roles below the procedure's with FORBIDDEN", async () => {
    const a = await practiceWithEveryRole();
    for (const [path, spec] of Object.entries(PRACTICE_PROCEDURES)) {
      for (const role of ALL.filter((r) => !spec.roles.includes(r))) {
        await expectTRPCError(
          call(a.members[role], path, { practiceSlug: a.practice.slug, ...spec.input(a.ids) }),
          "FORBIDDEN",
        );
      }
    }
  });

  it("answers NOT_FOUND for an unknown practice and UNAUTHORIZED without a session", async () => {
    const user = await createUser(prisma);
    await expectTRPCError(callerFor(user).practices.get({ practiceSlug: "no-such-practice" }), "NOT_FOUND");
    await expectTRPCError(callerFor(null).practices.get({ practiceSlug: "no-such-practice" }), "UNAUTHORIZED");
    await expectTRPCError(callerFor(null).practices.mine(), "UNAUTHORIZED");
  });

  it("knows every procedure of a person's own (not practice-scoped)", () => {
    const own = Object.entries(procedures)
      .filter(([, procedure]) => !procedure._def.inputs.includes(practiceSlugInput))
      .map(([path]) => path)
      .sort();
    expect(own).toEqual(Object.keys(USER_PROCEDURES).sort());
  });

  it("answers UNAUTHORIZED to every procedure without a session", async () => {
    const anyone = { sessionId: crypto.randomUUID(), passkeyId: "any-passkey" };
    const signedOut = callerFor(null) as unknown as Record<
      string,
      Record<string, (input: unknown) => Promise<unknown>>
    >;
    const calls = [
      ...Object.entries(USER_PROCEDURES).map(([path, spec]) => [path, spec.input(anyone)] as const),
      // The session is checked before any input is read, so the practice's ids do not matter here.
      ...Object.keys(PRACTICE_PROCEDURES).map((path) => [path, { practiceSlug: "any-practice" }] as const),
    ];
    await inBatches(calls, ([path, input]) => {
      const [router, name] = path.split(".") as [string, string];
      return expectTRPCError(signedOut[router]![name]!(input), "UNAUTHORIZED");
    });
  });

  it("answers NOT_FOUND to a person naming another person's row, and leaves it be", async () => {
    const me = await createUser(prisma);
    const them = await createUser(prisma);
    const theirs = callerFor(them);
    const [theirSession] = await theirs.security.sessions();
    const theirPasskey = await createPasskeyRow(prisma, them.id, "Their laptop");
    for (const [path, spec] of Object.entries(USER_PROCEDURES).filter(([, spec]) => spec.usesIds)) {
      await expectTRPCError(
        call(me, path, spec.input({ sessionId: theirSession!.id, passkeyId: theirPasskey.id })),
        "NOT_FOUND",
      );
    }
    expect((await theirs.security.sessions()).map((session) => session.id)).toEqual([theirSession!.id]);
    expect(await prisma.passkey.findUniqueOrThrow({ where: { id: theirPasskey.id } })).toMatchObject({
      name: "Their laptop",
    });
  });

  it("denies a removed member on their next request", async () => {
    const a = await practiceWithEveryRole();
    const coach = a.members.COACH;
    expect((await callerFor(coach).practices.get({ practiceSlug: a.practice.slug })).role).toBe("COACH");
    await callerFor(a.members.OWNER).members.remove({
      practiceSlug: a.practice.slug,
      membershipId: a.ids.membershipId,
    });
    await expectTRPCError(callerFor(coach).practices.get({ practiceSlug: a.practice.slug }), "NOT_FOUND");
    // History is kept.
    expect(await prisma.membership.findUnique({ where: { id: a.ids.membershipId } })).toMatchObject({
      removedAt: expect.any(Date),
    });
  });

  it(
    "lets the first allowed role make every valid call: it succeeds, or refuses for its stated reason",
    async () => {
      const forReads = await practiceWithEveryRole();
      // A mutation gets a practice of its own, so one call's change cannot spoil another's.
      const cases = Object.entries(PRACTICE_PROCEDURES).map(([path, spec]) => ({ path, spec, role: spec.roles[0]! }));
      const surprises = await runCases(cases, (c) => (c.spec.lapsed === "read" ? forReads : practiceWithEveryRole()));
      expect(surprises).toEqual([]);
    },
    TABLE_TIMEOUT_MS,
  );

  it(
    "on a lapsed plan, staff read everything and change only what a procedure declares, and clients keep working",
    async () => {
      const lapse = async () => {
        const a = await practiceWithEveryRole();
        await prisma.practiceSubscription.create({
          data: { practiceId: a.practice.id, stripeCustomerId: `cus_${a.practice.id}`, status: "canceled" },
        });
        return a;
      };
      const forRefusals = await lapse();
      const auditRowsBefore = await prisma.auditEvent.count({ where: { practiceId: forRefusals.practice.id } });
      const cases = Object.entries(PRACTICE_PROCEDURES).flatMap(([path, spec]) =>
        spec.roles.map((role) => ({
          path,
          spec,
          role,
          refused: spec.lapsed === "refused" || (spec.lapsed === "clients" && role !== "CLIENT"),
        })),
      );
      const refusals = cases.filter((c) => c.refused);
      await inBatches(refusals, async ({ path, spec, role }) => {
        const outcome = call(forRefusals.members[role], path, {
          practiceSlug: forRefusals.practice.slug,
          ...spec.input(forRefusals.ids),
        });
        const error = await expectTRPCError(outcome, "PAYMENT_REQUIRED");
        // A refusal addressed to a client never mentions the plan.
        expect(error.message, `${path} as ${role}`).toMatch(role === "CLIENT" ? /can't take this change/ : /read-only/);
      });
      const surprises = await runCases(
        cases.filter((c) => !c.refused),
        (c) => (c.spec.lapsed === "read" ? forRefusals : lapse()),
      );
      expect(surprises).toEqual([]);
      // Refused before the handler ran: nothing was written, not even an audit row.
      expect(await prisma.auditEvent.count({ where: { practiceId: forRefusals.practice.id } })).toBe(auditRowsBefore);
    },
    TABLE_TIMEOUT_MS,
  );
});

type Fixture = Awaited<ReturnType<typeof practiceWithEveryRole>>;
type Case = { path: string; spec: ProcedureSpec; role: Role };

/** Runs every case (each on the practice `practiceFor` gives it) and lists the ones that surprised. */
async function runCases(cases: Case[], practiceFor: (c: Case) => Fixture | Promise<Fixture>): Promise<string[]> {
  const practices = await inBatches(cases, practiceFor);
  const outcomes = await inBatches(
    cases.map((c, i) => ({ ...c, i })),
    ({ path, spec, role, i }) =>
      unexpectedOutcome(
        spec,
        `${path} as ${role}`,
        call(practices[i]!.members[role], path, {
          practiceSlug: practices[i]!.practice.slug,
          ...spec.input(practices[i]!.ids),
        }),
      ),
  );
  return outcomes.flat();
}

/** Maps a few at a time: enough to overlap round trips, few enough for the connection pool. */
async function inBatches<T, R>(items: T[], fn: (item: T) => R | Promise<R>, size = 6): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(fn))));
  }
  return results;
}

/** Success, or exactly the deliberate refusal the table states; anything else (a 500 above all) is reported. */
async function unexpectedOutcome(spec: ProcedureSpec, label: string, outcome: Promise<unknown>): Promise<string[]> {
  const error = await outcome.then(
    () => null,
    (caught: Error & { code?: string }) => caught,
  );
  const got = error ? `${error.code}: ${error.message}` : "success";
  return got.startsWith(spec.refusal ? `${spec.refusal.code}:` : "success") ? [] : [`${label} gave ${got}`];
}
