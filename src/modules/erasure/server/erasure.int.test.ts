import { describe, expect, it } from "vitest";
import {
  addMember,
  createBookableCoach,
  createPractice,
  createProjectFixture,
  createUser,
} from "../../../../prisma/factories";
import ReflectionSubmittedEmail from "@emails/reflection-submitted";
import { env } from "~/env";
import { hashManageToken, manageTokenFor } from "~/modules/bookings/domain/manage-token";
import { writeAuditEvent } from "~/server/audit/audit-log";
import { prisma } from "~/server/db/client";
import { enqueueEmail } from "~/server/email/outbox";
import { callerFor, expectTRPCError } from "~/test/callers";
import { jobsOf, runQueuedJobs } from "~/test/jobs";
import { clearMailbox, deliverAndReadMailbox } from "~/test/outbox";
import { ACCOUNT_GRACE_DAYS } from "../domain/grace";
import { eraseDueAccounts } from "./account-erasure";
import { cancelDeletionOnSignIn } from "./account-deletion.service";
import { eraseBookerDetails } from "./client-erasure.service";
import { practiceDeletionJob, practiceDeletionJobHandler } from "./practice-deletion.service";

const DAY_MS = 86_400_000;
const afterGrace = () => new Date(Date.now() + (ACCOUNT_GRACE_DAYS + 1) * DAY_MS);
let unique = 0;

/** A person whose name and address appear nowhere else in the database. */
function distinctivePerson() {
  const tag = `${Date.now().toString(36)}${(unique++).toString(36)}`;
  const first = `Quillon${tag}`;
  return { first, name: `${first} Zebedee`, email: `${first.toLowerCase()}.zebedee@example.com` };
}

/** Every text, varchar and JSON column of every table, in every schema but PostgreSQL's own. */
async function rowsMentioning(needles: string[]) {
  const columns = await prisma.$queryRaw<Array<{ schema: string; table: string; column: string }>>`
    SELECT c.table_schema::text AS schema, c.table_name::text AS table, c.column_name::text AS column
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
      AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')`;
  expect(columns.length).toBeGreaterThan(100);
  const hits: string[] = [];
  for (const { schema, table, column } of columns) {
    for (const needle of needles) {
      const [{ count }] = await prisma.$queryRawUnsafe<[{ count: bigint }]>(
        `SELECT count(*) AS count FROM "${schema}"."${table}" WHERE "${column}"::text ILIKE $1`,
        `%${needle}%`,
      );
      if (count > 0n) hits.push(`${schema}.${table}.${column} holds ${needle}`);
    }
  }
  return hits;
}

async function bookingOf(
  coach: Awaited<ReturnType<typeof createBookableCoach>>,
  client: { id: string; name: string; email: string },
  startAt: Date,
) {
  const uid = `uid-${crypto.randomUUID()}`;
  const endAt = new Date(startAt.getTime() + 20 * 60_000);
  const token = manageTokenFor(uid, env.AUTH_SECRET);
  const booking = await prisma.booking.create({
    data: {
      uid,
      practiceId: coach.profile.practiceId,
      coachProfileId: coach.profile.id,
      sessionTypeId: coach.profile.discovery.id,
      clientId: client.id,
      startAt,
      endAt,
      blockedFrom: startAt,
      blockedUntil: new Date(endAt.getTime() + 10 * 60_000),
      bookerName: client.name,
      bookerEmail: client.email,
      bookerTimeZone: "Europe/London",
      bookerPhone: "+44 20 7946 0000",
      answers: [{ id: "q1", question: "What brings you?", answer: `I am ${client.name}, changing careers` }],
      cancelReason: `${client.name} may move this`,
      manageTokenHash: hashManageToken(token),
    },
  });
  return { booking, token };
}

/** A client of a practice with one of everything: sessions past and future, a project's whole content, emails. */
async function clientWithEverything(person: ReturnType<typeof distinctivePerson>) {
  const { practice, owner } = await createPractice(prisma);
  const coach = await createBookableCoach(prisma, practice.id);
  const user = await createUser(prisma, { email: person.email, name: person.name, timeZone: "Europe/London" });
  await addMember(prisma, practice.id, "CLIENT", user);
  const client = await prisma.client.create({
    data: {
      practiceId: practice.id,
      email: person.email,
      name: person.name,
      userId: user.id,
      coachProfileId: coach.profile.id,
      status: "ACTIVE",
    },
  });
  const project = await createProjectFixture(prisma, {
    practiceId: practice.id,
    coachProfileId: coach.profile.id,
    clientId: client.id,
    authorUserId: coach.user.id,
  });
  const mention = `${person.name} (${person.email})`;
  await prisma.project.update({ where: { id: project.projectId }, data: { northStar: `Where ${mention} goes next` } });
  await prisma.contact.update({ where: { id: project.contactId }, data: { howFound: `A friend of ${person.first}` } });
  await prisma.outreachEvent.update({
    where: { id: project.outreachEventId },
    data: { subject: `From ${person.name}`, message: `Hi, this is ${mention}` },
  });
  await prisma.interview.update({ where: { id: project.interviewId }, data: { notes: `${person.first}'s notes` } });
  const privateInterview = await prisma.interview.create({
    data: {
      practiceId: practice.id,
      projectId: project.projectId,
      contactId: project.contactId,
      occurredAt: new Date(),
    },
  });
  await prisma.reflection.create({
    data: {
      practiceId: practice.id,
      projectId: project.projectId,
      interviewId: privateInterview.id,
      learned: `${person.first} learned to say no`,
      feelingFirst: `Afraid, as ${person.name} often is`,
      isPrivate: true,
      status: "SUBMITTED",
    },
  });
  await prisma.reflectionComment.create({
    data: {
      practiceId: practice.id,
      reflectionId: project.reflectionId,
      authorUserId: user.id,
      body: `Thanks, ${person.first} here`,
    },
  });
  await prisma.reflectionComment.update({
    where: { id: project.commentId },
    data: { body: `Well noticed, ${person.first}` },
  });
  await prisma.readinessCheckIn.update({
    where: { id: project.checkInId },
    data: {
      hope: 4,
      note: `${person.first} slept badly`,
      fears: [`${person.first} fears failing`],
      completedAt: new Date(),
    },
  });
  await prisma.coachNote.update({ where: { id: project.noteId }, data: { body: `${person.name} is anxious` } });
  const past = await bookingOf(coach, client, new Date(Date.now() - 3 * DAY_MS));
  const future = await bookingOf(coach, client, new Date(Date.now() + 30 * DAY_MS));
  await prisma.emailOptOut.create({
    data: { practiceId: practice.id, email: person.email, category: "weekly-digest" },
  });
  await prisma.invitation.create({
    data: {
      practiceId: practice.id,
      email: person.email,
      role: "CLIENT",
      tokenHash: `hash-${crypto.randomUUID()}`,
      invitedById: owner.id,
      expiresAt: new Date(Date.now() + DAY_MS),
    },
  });
  await prisma.verificationToken.create({
    data: { identifier: person.email, token: crypto.randomUUID(), expires: new Date(Date.now() + DAY_MS) },
  });
  await prisma.rateLimitCounter.create({ data: { key: `sign-in:${person.email}`, points: 1 } });
  await enqueueEmail(prisma, {
    template: "new-sign-in",
    to: person.email,
    props: { deviceLabel: "Firefox on Linux", signedInAt: "now", securityUrl: "http://localhost/profile/security" },
    dedupeKey: `sign-in-notice:${person.email}`,
    practiceId: null,
  });
  await enqueueEmail(prisma, {
    template: "reflection-submitted",
    to: coach.user.email,
    props: { ...ReflectionSubmittedEmail.PreviewProps, clientName: person.name, excerpt: `${person.first} wrote` },
    dedupeKey: `reflection-submitted:${project.reflectionId}`,
    practiceId: practice.id,
  });
  await writeAuditEvent(prisma, {
    practiceId: practice.id,
    actorUserId: user.id,
    action: "reflections.submit",
    target: { type: "reflection", id: project.reflectionId },
    facts: { learned: `${person.first} learned`, resonance: 4 },
  });
  return { practice, owner, coach, user, client, project, past, future };
}

const caseloadCounts = async (owner: { id: string }, practiceSlug: string) => {
  const caseload = await callerFor(owner).clients.caseload({ practiceSlug });
  return { total: caseload.total, stalled: caseload.stalledCount, rows: caseload.items.length };
};

describe("deleting one's account", () => {
  it("after the grace period, no row anywhere holds the person's email or name, and the caseload counts stay", async () => {
    const person = distinctivePerson();
    const world = await clientWithEverything(person);
    const countsBefore = await caseloadCounts(world.owner, world.practice.slug);
    const auditRowsBefore = await prisma.auditEvent.count({ where: { practiceId: world.practice.id } });
    const reflectionsBefore = await prisma.reflection.count({ where: { projectId: world.project.projectId } });
    expect(await rowsMentioning([person.email, person.name])).not.toEqual([]);

    const priya = callerFor(world.user);
    const { dueAt } = await priya.erasure.scheduleAccountDeletion({ confirmation: person.email.toUpperCase() });
    expect(dueAt.getTime() - Date.now()).toBeGreaterThan((ACCOUNT_GRACE_DAYS - 1) * DAY_MS);
    expect((await priya.erasure.accountStatus()).state).toEqual({ kind: "scheduled", dueAt });
    clearMailbox();
    const scheduled = (await deliverAndReadMailbox()).filter((mail) => mail.to.includes(person.email));
    expect(scheduled.map((mail) => mail.subject)).toContain("Your Fieldnotes account will be deleted");

    // Not yet: the grace period runs.
    expect((await eraseDueAccounts(new Date())).erased).toBe(0);
    const run = await eraseDueAccounts(afterGrace());
    expect(run).toMatchObject({ erased: 1, sessionsCancelled: 1 });
    const farewell = (await deliverAndReadMailbox()).filter((mail) => mail.to.includes(person.email));
    expect(farewell.map((mail) => mail.subject)).toContain("Your Fieldnotes account has been deleted");
    expect((await eraseDueAccounts(afterGrace())).farewellsCleared).toBe(1);

    expect(await rowsMentioning([person.email, person.name, person.first])).toEqual([]);
    expect(await caseloadCounts(world.owner, world.practice.slug)).toEqual(countsBefore);
    expect(await prisma.reflection.count({ where: { projectId: world.project.projectId } })).toBe(reflectionsBefore);
    // Audit rows stay (and one more per practice says the account was erased); the future session was cancelled.
    expect(await prisma.auditEvent.count({ where: { practiceId: world.practice.id } })).toBeGreaterThan(
      auditRowsBefore,
    );
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: world.future.booking.id } })).toMatchObject({
      status: "CANCELLED",
      bookerPhone: null,
    });
    expect(await prisma.session.count({ where: { userId: world.user.id } })).toBe(0);
    await expectTRPCError(priya.profile.get(), "UNAUTHORIZED");
  });

  it("is cancelled by signing in during the grace period, which the person is told", async () => {
    const person = distinctivePerson();
    const user = await createUser(prisma, { email: person.email, name: person.name });
    await callerFor(user).erasure.scheduleAccountDeletion({ confirmation: person.email });
    clearMailbox();

    await cancelDeletionOnSignIn(user);
    expect((await callerFor(user).erasure.accountStatus()).state).toMatchObject({ kind: "cancelled" });
    const mails = (await deliverAndReadMailbox()).filter((mail) => mail.to.includes(person.email));
    expect(mails.map((mail) => mail.subject)).toContain("Your Fieldnotes account will not be deleted");
    await eraseDueAccounts(afterGrace());
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      email: person.email,
      erasedAt: null,
    });
  });

  it("is erased once when two workers run at the same time", async () => {
    const people = [distinctivePerson(), distinctivePerson(), distinctivePerson()];
    const users = await Promise.all(people.map((p) => createUser(prisma, { email: p.email, name: p.name })));
    for (const [i, user] of users.entries()) {
      await callerFor(user).erasure.scheduleAccountDeletion({ confirmation: people[i]!.email });
    }
    const at = afterGrace();
    const runs = await Promise.all([eraseDueAccounts(at), eraseDueAccounts(at)]);
    const erasedHere = await prisma.user.count({
      where: { id: { in: users.map((u) => u.id) }, erasedAt: { not: null } },
    });
    expect(erasedHere).toBe(3);
    // Other tests' accounts may be due too; each erased account was erased by exactly one run.
    expect(runs[0]!.erased + runs[1]!.erased).toBeGreaterThanOrEqual(3);
    const farewells = await prisma.emailMessage.count({
      where: { dedupeKey: { in: users.map((u) => `account-erased:${u.id}`) } },
    });
    expect(farewells).toBe(3);
  });

  it("is refused to the only owner of a practice, with what to do instead", async () => {
    const { owner, practice } = await createPractice(prisma);
    const error = await expectTRPCError(
      callerFor(owner).erasure.scheduleAccountDeletion({ confirmation: owner.email }),
      "CONFLICT",
    );
    expect(error.message).toContain(`only owner of “${practice.name}”`);
    expect(error.message).toMatch(/Make another member an owner, or delete the practice/);
    await addMember(prisma, practice.id, "OWNER");
    await callerFor(owner).erasure.scheduleAccountDeletion({ confirmation: owner.email });
  });

  it("can be cancelled from the page, and asking twice keeps the first date", async () => {
    const user = await createUser(prisma);
    const caller = callerFor(user);
    const first = await caller.erasure.scheduleAccountDeletion({ confirmation: user.email });
    expect(await caller.erasure.scheduleAccountDeletion({ confirmation: user.email })).toEqual(first);
    expect(await caller.erasure.cancelAccountDeletion()).toEqual({ cancelled: true });
    expect(await caller.erasure.cancelAccountDeletion()).toEqual({ cancelled: false });
    expect((await caller.erasure.accountStatus()).state).toMatchObject({ kind: "cancelled" });
  });

  it("needs the person's own address typed", async () => {
    const user = await createUser(prisma);
    await expectTRPCError(
      callerFor(user).erasure.scheduleAccountDeletion({ confirmation: "someone@example.com" }),
      "BAD_REQUEST",
    );
    expect((await callerFor(user).erasure.accountStatus()).state).toEqual({ kind: "none" });
  });
});

describe("erasure on request", () => {
  it("lets the client's coach erase their data at once, audited, the caseload counts unchanged", async () => {
    const person = distinctivePerson();
    const world = await clientWithEverything(person);
    const countsBefore = await caseloadCounts(world.owner, world.practice.slug);
    const coach = callerFor(world.coach.user);
    await expectTRPCError(
      coach.erasure.eraseClient({
        practiceSlug: world.practice.slug,
        clientId: world.client.id,
        confirmation: "x@y.z",
      }),
      "BAD_REQUEST",
    );
    await coach.erasure.eraseClient({
      practiceSlug: world.practice.slug,
      clientId: world.client.id,
      confirmation: person.email,
    });

    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { practiceId: world.practice.id, action: "erasure.eraseClient" },
    });
    expect(audit).toMatchObject({ actorUserId: world.coach.user.id, targetType: "client", targetId: world.client.id });
    expect(JSON.stringify(audit.data)).not.toContain(person.email);
    expect(await caseloadCounts(world.owner, world.practice.slug)).toEqual(countsBefore);
    const client = await prisma.client.findUniqueOrThrow({ where: { id: world.client.id } });
    expect(client).toMatchObject({ name: "Erased person", status: "ACTIVE" });
    const reflections = await prisma.reflection.findMany({ where: { projectId: world.project.projectId } });
    expect(reflections.map((r) => [r.learned, r.feelingFirst, r.status])).toEqual(
      reflections.map((r) => ["", "", r.status]),
    );
    // Within the practice nothing names them; their account (theirs, not the practice's) is left to them.
    const accountsOwn = /^public\.(User|VerificationToken|RateLimitCounter)\./;
    const hits = await rowsMentioning([person.email, person.first]);
    // The sign-in notice was about no practice, so its recipient and key are the person's own to erase.
    const practiceLess = /^public\.EmailMessage\.(to|dedupeKey) /;
    expect(hits.filter((hit) => !accountsOwn.test(hit) && !practiceLess.test(hit))).toEqual([]);
    expect(await prisma.membership.findFirstOrThrow({ where: { userId: world.user.id } })).toMatchObject({
      removedAt: expect.any(Date),
    });
  });

  it("lets a visitor erase an anonymous booking from its manage link: the session is cancelled, the coach told", async () => {
    const { practice } = await createPractice(prisma);
    const coach = await createBookableCoach(prisma, practice.id);
    const person = distinctivePerson();
    const lead = await prisma.client.create({
      data: { practiceId: practice.id, email: person.email, name: person.name, coachProfileId: coach.profile.id },
    });
    const { booking, token } = await bookingOf(coach, lead, new Date(Date.now() + 5 * DAY_MS));
    await enqueueEmail(prisma, {
      template: "new-sign-in",
      to: person.email,
      props: { deviceLabel: "x", signedInAt: "now", securityUrl: "http://localhost" },
      dedupeKey: `booking:${booking.uid}:confirmed:0:booker`,
      practiceId: practice.id,
    });
    await expect(eraseBookerDetails(booking.uid, "wrong-token", person.email, new Date())).rejects.toThrow(
      /not found/i,
    );
    await expect(eraseBookerDetails(booking.uid, token, "someone@else.com", new Date())).rejects.toThrow(
      /Type the email/,
    );
    clearMailbox();

    await eraseBookerDetails(booking.uid, token, person.email, new Date());
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: "CANCELLED",
      bookerName: "Erased person",
      bookerEmail: "erased@erased.invalid",
      bookerPhone: null,
      answers: [],
    });
    expect(await prisma.client.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ name: "Erased person" });
    const mails = await deliverAndReadMailbox();
    const toCoach = mails.filter((mail) => mail.to.includes(coach.user.email));
    expect(toCoach.map((mail) => mail.subject).join()).toMatch(/cancel/i);
    expect(toCoach.map((mail) => mail.text).join()).toContain("asked for their details to be erased");
    expect(mails.filter((mail) => mail.to.includes("erased.invalid"))).toEqual([]);
    expect(await rowsMentioning([person.email, person.name])).toEqual([]);
    expect(await prisma.auditEvent.count({ where: { practiceId: practice.id, action: "erasure.booker" } })).toBe(1);
    await expect(eraseBookerDetails(booking.uid, token, person.email, new Date())).rejects.toThrow(/already erased/);
  });
});

describe("deleting a practice", () => {
  it("is refused while its subscription runs, then removes every row once it has ended", async () => {
    const { practice, owner } = await createPractice(prisma);
    await addMember(prisma, practice.id, "CLIENT");
    await prisma.practiceSubscription.create({
      data: { practiceId: practice.id, stripeCustomerId: `cus_${practice.id}`, status: "active" },
    });
    const caller = callerFor(owner);
    const refused = await expectTRPCError(
      caller.erasure.deletePractice({ practiceSlug: practice.slug, confirmation: practice.slug }),
      "CONFLICT",
    );
    expect(refused.message).toMatch(/Cancel it on the Billing page first/);
    expect((await caller.erasure.practiceDeletionCheck({ practiceSlug: practice.slug })).refusal).toMatch(/Billing/);

    await prisma.practiceSubscription.update({ where: { practiceId: practice.id }, data: { status: "canceled" } });
    await expectTRPCError(
      caller.erasure.deletePractice({ practiceSlug: practice.slug, confirmation: "another-practice" }),
      "BAD_REQUEST",
    );
    await caller.erasure.deletePractice({ practiceSlug: practice.slug, confirmation: practice.slug });
    await expectTRPCError(caller.practices.get({ practiceSlug: practice.slug }), "NOT_FOUND");
    expect(await jobsOf(practiceDeletionJob)).toContainEqual(
      expect.objectContaining({ data: { practiceId: practice.id } }),
    );
    await runQueuedJobs(practiceDeletionJobHandler);
    expect(await prisma.practice.count({ where: { id: practice.id } })).toBe(0);
    expect(await prisma.membership.count({ where: { practiceId: practice.id } })).toBe(0);
    expect(await prisma.user.count({ where: { id: owner.id } })).toBe(1);
  });
});
