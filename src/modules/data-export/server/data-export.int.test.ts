import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  createBookingRow,
  createCalendarConnection,
  createCoachProfile,
  createPractice,
  createProjectFixture,
  createUser,
} from "../../../../prisma/factories";
import { prisma, type User } from "~/server/db/client";
import { firstLink } from "~/server/email/mailbox";
import { deliverAndReadMailbox } from "~/test/outbox";
import { jobsOf, runQueuedJobs } from "~/test/jobs";
import { DATA_EXPORT_BUILD } from "./data-export.jobs";
import {
  buildQueuedExport,
  dataExportBuildJobHandler,
  DATA_EXPORT_REQUESTS,
  downloadExport,
  expireDataExports,
  listPersonExports,
  requestPersonExport,
  requestPracticeExport,
} from "./data-export.service";
import { systemClock } from "~/server/clock";

// The archives against a real database: whose rows go in, whose never do, and the worker's path
// from a queued request to an emailed link that only its requester can use, until it expires.

const marker = (what: string) => `${what}-${Math.random().toString(36).slice(2, 10)}`;

/** Every file of the archive, as one text to search. */
function unzipText(archive: Uint8Array) {
  const files = unzipSync(archive);
  return {
    files,
    all: Object.values(files)
      .map((file) => strFromU8(file))
      .join("\n"),
  };
}

async function practiceWithCoach(name: string) {
  const { practice, owner } = await createPractice(prisma, { name });
  const coach = await addMember(prisma, practice.id, "COACH");
  const profile = await createCoachProfile(prisma, practice.id, {
    membershipId: coach.membership.id,
    displayName: coach.user.name!,
  });
  return { practice, owner, coach, profile };
}

/** A client of the practice with a project, a shared reflection and a private one carrying `privateText`. */
async function clientWithWork(
  place: Awaited<ReturnType<typeof practiceWithCoach>>,
  person: { user: User | null; email: string; name: string },
  privateText: string,
) {
  const client = await prisma.client.create({
    data: {
      practiceId: place.practice.id,
      email: person.email,
      name: person.name,
      userId: person.user?.id,
      coachProfileId: place.profile.id,
      status: "ACTIVE",
    },
  });
  const fixture = await createProjectFixture(prisma, {
    practiceId: place.practice.id,
    coachProfileId: place.profile.id,
    clientId: client.id,
    authorUserId: place.coach.user.id,
  });
  const interview = await prisma.interview.create({
    data: {
      practiceId: place.practice.id,
      projectId: fixture.projectId,
      contactId: fixture.contactId,
      occurredAt: new Date("2026-11-20T10:00:00Z"),
    },
  });
  await prisma.reflection.create({
    data: {
      practiceId: place.practice.id,
      projectId: fixture.projectId,
      interviewId: interview.id,
      learned: privateText,
      isPrivate: true,
      status: "SUBMITTED",
    },
  });
  const note = marker("coach-note");
  await prisma.coachNote.create({
    data: { practiceId: place.practice.id, clientId: client.id, authorUserId: place.coach.user.id, body: note },
  });
  return { client, fixture, note };
}

let north: Awaited<ReturnType<typeof practiceWithCoach>>;
let south: Awaited<ReturnType<typeof practiceWithCoach>>;
let priya: User;
const priyaText = { north: marker("priya-private-north"), south: marker("priya-private-south") };
let priyaNorth: Awaited<ReturnType<typeof clientWithWork>>;
let other: { user: User; email: string; name: string; text: string; work: Awaited<ReturnType<typeof clientWithWork>> };
let southOnly: { name: string; text: string };
let visitorBookingHash: string;

beforeAll(async () => {
  north = await practiceWithCoach(marker("North Studio"));
  south = await practiceWithCoach(marker("South Studio"));
  priya = await createUser(prisma, { name: marker("Priya"), email: `${marker("priya")}@example.com` });
  await addMember(prisma, north.practice.id, "CLIENT", priya);
  priyaNorth = await clientWithWork(north, { user: priya, email: priya.email, name: priya.name! }, priyaText.north);
  // In the south practice Priya is a client only by her address: a coach added her before she signed in there.
  const priyaSouth = await clientWithWork(
    south,
    { user: null, email: priya.email, name: priya.name! },
    priyaText.south,
  );
  // And she booked a session there as a visitor, under her address.
  const booking = await createBookingRow(prisma, south.profile, new Date("2026-12-10T10:00:00Z"));
  await prisma.booking.update({
    where: { id: booking.id },
    data: { clientId: priyaSouth.client.id, bookerEmail: priya.email, bookerName: priya.name! },
  });
  await prisma.client.delete({ where: { id: booking.clientId } });
  visitorBookingHash = booking.manageTokenHash;

  const otherUser = await createUser(prisma, { name: marker("Quinn"), email: `${marker("quinn")}@example.com` });
  await addMember(prisma, north.practice.id, "CLIENT", otherUser);
  const otherText = marker("quinn-private");
  other = {
    user: otherUser,
    email: otherUser.email,
    name: otherUser.name!,
    text: otherText,
    work: await clientWithWork(north, { user: otherUser, email: otherUser.email, name: otherUser.name! }, otherText),
  };
  const southName = marker("Sol");
  southOnly = { name: southName, text: marker("sol-private") };
  await clientWithWork(south, { user: null, email: `${marker("sol")}@example.com`, name: southName }, southOnly.text);
  await createCalendarConnection(prisma, north.profile);
});

const now = () => systemClock.now();

describe("a person's archive", () => {
  it("holds their private reflections and their data from both practices, and nothing of another client", async () => {
    const outcome = await requestPersonExport(priya, { now: now() });
    expect(outcome.delivery).toBe("DOWNLOAD");
    if (outcome.delivery !== "DOWNLOAD") return;
    const { files, all } = unzipText(outcome.archive);
    const json = JSON.parse(strFromU8(files["fieldnotes-export.json"]!));

    expect(json.format).toBe("fieldnotes-export");
    expect(json.data.profile).toEqual([expect.objectContaining({ id: priya.id, email: priya.email })]);
    const privateOnes = json.data.reflections.filter((r: { isPrivate: boolean }) => r.isPrivate);
    expect(privateOnes.map((r: { learned: string }) => r.learned).sort()).toEqual(
      [priyaText.north, priyaText.south].sort(),
    );
    expect(strFromU8(files["reflections.md"]!)).toContain(priyaText.north);
    const practices = json.data["client-records"].map((c: { practiceName: string }) => c.practiceName);
    expect(new Set(practices)).toEqual(new Set([north.practice.name, south.practice.name]));
    expect(json.data.memberships).toEqual([
      expect.objectContaining({ role: "CLIENT", practiceName: north.practice.name }),
    ]);
    expect(json.data.bookings).toEqual([
      expect.objectContaining({ bookerEmail: priya.email, practiceName: south.practice.name }),
    ]);
    expect(json.data.comments.length).toBeGreaterThanOrEqual(2);
    expect(strFromU8(files["contacts.csv"]!)).toContain("Ben Referred");

    for (const foreign of [other.name, other.email, other.text, other.work.note, southOnly.name, southOnly.text]) {
      expect(all, foreign).not.toContain(foreign);
    }
    // Coach notes about Priya herself stay the practice's (see ARCHITECTURE.md), and no secret leaves.
    expect(all).not.toContain(priyaNorth.note);
    expect(all).not.toContain(visitorBookingHash);
  });

  it("is audited in every practice it read", async () => {
    const audits = await prisma.auditEvent.findMany({ where: { action: "dataExport.person", actorUserId: priya.id } });
    expect(new Set(audits.map((a) => a.practiceId))).toEqual(new Set([north.practice.id, south.practice.id]));
    expect(audits[0]!.data).toMatchObject({ delivery: "DOWNLOAD" });
  });
});

describe("a practice's archive", () => {
  it("holds every client of the practice, no private reflection, and nothing of another practice", async () => {
    const outcome = await requestPracticeExport(north.owner, north.practice.slug, { now: now() });
    if (outcome.delivery !== "DOWNLOAD") throw new Error("expected a download");
    const { files, all } = unzipText(outcome.archive);
    const json = JSON.parse(strFromU8(files["fieldnotes-export.json"]!));

    expect(json.kind).toBe("practice");
    const clients = json.data.clients.map((c: { name: string }) => c.name);
    expect(clients).toEqual(expect.arrayContaining([priya.name, other.name]));
    expect(json.data.clients).toHaveLength(await prisma.client.count({ where: { practiceId: north.practice.id } }));
    expect(json.data.reflections.length).toBeGreaterThan(0);
    expect(strFromU8(files["clients.csv"]!)).toContain(other.email);

    for (const absent of [
      south.practice.name,
      southOnly.name,
      southOnly.text,
      priyaText.south,
      priyaText.north,
      other.text,
    ]) {
      expect(all, absent).not.toContain(absent);
    }
    const connection = await prisma.calendarConnection.findFirstOrThrow({ where: { practiceId: north.practice.id } });
    expect(all).not.toContain(connection.sealedCredentials);
    expect(json.data["calendar-connections"]).toHaveLength(1);
  });

  it("is the owner's alone: a coach is refused, another practice's owner finds nothing, a hostile slug is not found", async () => {
    await expect(requestPracticeExport(north.coach.user, north.practice.slug, { now: now() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(requestPracticeExport(south.owner, north.practice.slug, { now: now() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(requestPracticeExport(north.owner, "a\u0000b".repeat(50), { now: now() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("an export too large to download at once", () => {
  it("is built by the worker, emailed as a link that works once signed in, for its requester only, until it expires", async () => {
    const asked = now();
    const outcome = await requestPersonExport(other.user, { now: asked, inlineRowLimit: 1 });
    if (outcome.delivery !== "EMAIL") throw new Error("expected the worker's path");
    expect(await jobsOf(DATA_EXPORT_BUILD)).toEqual(
      expect.arrayContaining([expect.objectContaining({ data: { exportId: outcome.exportId } })]),
    );
    expect((await listPersonExports(other.user.id, asked))[0]).toMatchObject({
      id: outcome.exportId,
      status: "PENDING",
    });

    await runQueuedJobs(dataExportBuildJobHandler);
    const row = await prisma.dataExport.findUniqueOrThrow({ where: { id: outcome.exportId } });
    expect(row.status).toBe("READY");
    expect(row.expiresAt!.getTime() - row.readyAt!.getTime()).toBe(7 * 86_400_000);
    // A second run of the same job (a retry after a lost acknowledgement) builds and sends nothing more.
    expect(await buildQueuedExport(outcome.exportId, systemClock)).toEqual({ built: false });

    const mails = (await deliverAndReadMailbox()).filter((mail) => mail.to.includes(other.email));
    expect(mails).toHaveLength(1);
    const link = firstLink(mails[0]!, "/exports/");
    expect(link).toBeDefined();
    const token = new URL(link!).pathname.split("/").pop()!;
    expect(row.downloadTokenHash).not.toContain(token);

    const download = await downloadExport({ userId: other.user.id }, token, now());
    if (!download.found) throw new Error(`expected the archive, got ${download.reason}`);
    expect(unzipText(download.archive).all).toContain(other.text);
    expect(await downloadExport({ userId: priya.id }, token, now())).toEqual({ found: false, reason: "NOT_FOUND" });
    expect(await downloadExport({ userId: other.user.id }, `${token.slice(0, -1)}x`, now())).toMatchObject({
      found: false,
    });

    const afterExpiry = new Date(row.expiresAt!.getTime() + 1);
    expect(await downloadExport({ userId: other.user.id }, token, afterExpiry)).toEqual({
      found: false,
      reason: "EXPIRED",
    });
    expect(await expireDataExports(afterExpiry)).toMatchObject({ expired: 1 });
    const expired = await prisma.dataExport.findUniqueOrThrow({ where: { id: outcome.exportId } });
    expect(expired).toMatchObject({ status: "EXPIRED", archive: null });
    expect(await downloadExport({ userId: other.user.id }, token, now())).toEqual({ found: false, reason: "EXPIRED" });
    expect((await listPersonExports(other.user.id, now()))[0]).toMatchObject({ status: "EXPIRED" });
  });

  it("is not built for someone who stopped being the owner since asking", async () => {
    const place = await practiceWithCoach(marker("Handover Studio"));
    const outcome = await requestPracticeExport(place.owner, place.practice.slug, { now: now(), inlineRowLimit: 1 });
    if (outcome.delivery !== "EMAIL") throw new Error("expected the worker's path");
    await prisma.membership.updateMany({ where: { userId: place.owner.id }, data: { role: "ADMIN" } });
    expect(await buildQueuedExport(outcome.exportId, systemClock)).toEqual({ built: false });
    expect(await prisma.dataExport.findUniqueOrThrow({ where: { id: outcome.exportId } })).toMatchObject({
      status: "EXPIRED",
      archive: null,
    });
  });
});

describe("export requests", () => {
  it(`hold to ${DATA_EXPORT_REQUESTS.limit} an hour per person under 10 concurrent attempts`, async () => {
    const person = await createUser(prisma);
    const at = now();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => requestPersonExport(person, { now: at })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(DATA_EXPORT_REQUESTS.limit);
    for (const refused of results.filter((r) => r.status === "rejected")) {
      expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    }
  });
});
