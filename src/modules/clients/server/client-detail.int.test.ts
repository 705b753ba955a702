import { describe, expect, it } from "vitest";
import { addMember, createBookableCoach, createPractice, createProjectFixture } from "../../../../prisma/factories";
import type { ZodError } from "zod";
import { fixedClock } from "~/server/clock";
import { prisma } from "~/server/db/client";
import { zodFieldErrors } from "~/server/errors";
import { callerFor, expectTRPCError } from "~/test/callers";

const NOW = new Date("2026-11-23T12:00:00Z");

/** A practice with an owner, an admin, two coaches and a client of Maya's (with an account and a project). */
async function practiceWithClient() {
  const { practice, owner } = await createPractice(prisma);
  const admin = await addMember(prisma, practice.id, "ADMIN");
  const maya = await createBookableCoach(prisma, practice.id);
  const sam = await createBookableCoach(prisma, practice.id);
  const clientMember = await addMember(prisma, practice.id, "CLIENT");
  const client = await prisma.client.create({
    data: {
      practiceId: practice.id,
      email: clientMember.user.email,
      name: "Priya Client",
      userId: clientMember.user.id,
      coachProfileId: maya.profile.id,
      status: "ACTIVE",
    },
  });
  const project = await createProjectFixture(prisma, {
    practiceId: practice.id,
    coachProfileId: maya.profile.id,
    clientId: client.id,
    authorUserId: maya.user.id,
  });
  await prisma.coachNote.deleteMany({ where: { clientId: client.id } });
  return {
    practice,
    slug: practice.slug,
    owner,
    admin: admin.user,
    maya,
    sam,
    clientUser: clientMember.user,
    client,
    project,
  };
}

describe("client detail", () => {
  it("shows the coach their client's projects with progress, readiness and sessions in order", async () => {
    const { slug, maya, client, project } = await practiceWithClient();
    const past = new Date("2026-11-01T10:00:00Z");
    const future = new Date("2026-11-30T10:00:00Z");
    for (const [uid, startAt] of [
      ["past", past],
      ["future", future],
    ] as const) {
      await prisma.booking.create({
        data: {
          uid,
          practiceId: client.practiceId,
          coachProfileId: maya.profile.id,
          sessionTypeId: maya.profile.discovery.id,
          clientId: client.id,
          startAt,
          endAt: new Date(startAt.getTime() + 20 * 60_000),
          blockedFrom: startAt,
          blockedUntil: new Date(startAt.getTime() + 30 * 60_000),
          bookerName: client.name,
          bookerEmail: client.email,
          bookerTimeZone: "UTC",
          manageTokenHash: `hash-${uid}-${client.id}`,
        },
      });
    }
    await prisma.readinessCheckIn.update({
      where: { id: project.checkInId },
      data: {
        completedAt: new Date("2026-11-02T10:00:00Z"),
        hope: 2,
        time: 3,
        energy: 3,
        selfEsteem: 2,
        ambition: 4,
        fears: ["What if they say no?"],
      },
    });
    await prisma.readinessCheckIn.create({
      data: {
        practiceId: client.practiceId,
        projectId: project.projectId,
        completedAt: new Date("2026-11-20T10:00:00Z"),
        hope: 4,
        time: 3,
        energy: 2,
        selfEsteem: 3,
        ambition: 4,
      },
    });

    const detail = await callerFor(maya.user, fixedClock(NOW)).clients.detail({
      practiceSlug: slug,
      clientId: client.id,
    });
    expect(detail.client).toMatchObject({ name: "Priya Client", status: "ACTIVE", coach: { id: maya.profile.id } });
    const [shown] = detail.projects;
    expect(shown!.progress.tracks.map((t) => t.interviewed)).toEqual([0, 1]);
    expect(shown!.awaitingReview).toBe(1);
    const hope = shown!.readiness.trend.find((t) => t.key === "hope")!;
    expect(hope.points.map((p) => p.value)).toEqual([2, 4]);
    expect(hope.change).toBe(2);
    expect(shown!.readiness.latestFears).toEqual([]);
    expect(shown!.readiness.answered[0]!.fears).toEqual(["What if they say no?"]);
    expect(detail.upcomingSessions.map((s) => s.startAt)).toEqual([future]);
    expect(detail.pastSessions.map((s) => s.startAt)).toContainEqual(past);
  });

  it("answers NOT_FOUND to another coach and to clients; admins see every client", async () => {
    const { slug, owner, admin, sam, clientUser, client } = await practiceWithClient();
    await expectTRPCError(callerFor(sam.user).clients.detail({ practiceSlug: slug, clientId: client.id }), "NOT_FOUND");
    await expectTRPCError(
      callerFor(clientUser).clients.detail({ practiceSlug: slug, clientId: client.id }),
      "FORBIDDEN",
    );
    for (const user of [owner, admin]) {
      const detail = await callerFor(user).clients.detail({ practiceSlug: slug, clientId: client.id });
      expect(detail.client.id).toBe(client.id);
    }
  });
});

describe("coach notes", () => {
  it("shows a note to its author, to teammates only once shared, never to another coach's unshared view", async () => {
    const { slug, owner, admin, maya, sam, client } = await practiceWithClient();
    const note = await callerFor(maya.user).clients.addNote({
      practiceSlug: slug,
      clientId: client.id,
      body: "Anxious about cold emails.",
    });
    const notesFor = async (user: { id: string; email: string; name: string | null }) =>
      (await callerFor(user).clients.detail({ practiceSlug: slug, clientId: client.id })).notes.map((n) => n.body);

    expect(await notesFor(maya.user)).toEqual(["Anxious about cold emails."]);
    // Admins see every client, but a private note stays with its author.
    expect(await notesFor(owner)).toEqual([]);
    expect(await notesFor(admin)).toEqual([]);

    await callerFor(maya.user).clients.updateNote({ practiceSlug: slug, noteId: note.id, sharedWithTeam: true });
    expect(await notesFor(owner)).toEqual(["Anxious about cold emails."]);
    expect(await notesFor(admin)).toEqual(["Anxious about cold emails."]);
    const seen = (await callerFor(owner).clients.detail({ practiceSlug: slug, clientId: client.id })).notes[0]!;
    expect(seen).toMatchObject({ mine: false, sharedWithTeam: true });

    // A shared note on Maya's client still isn't Sam's business: the client isn't his.
    await expectTRPCError(callerFor(sam.user).clients.detail({ practiceSlug: slug, clientId: client.id }), "NOT_FOUND");
    await expectTRPCError(
      callerFor(sam.user).clients.updateNote({ practiceSlug: slug, noteId: note.id, body: "Hijacked" }),
      "NOT_FOUND",
    );
    await expectTRPCError(callerFor(sam.user).clients.deleteNote({ practiceSlug: slug, noteId: note.id }), "NOT_FOUND");
    await expectTRPCError(
      callerFor(sam.user).clients.addNote({ practiceSlug: slug, clientId: client.id, body: "Mine now" }),
      "NOT_FOUND",
    );

    // Teammates who can read a shared note cannot change it.
    const refused = await expectTRPCError(
      callerFor(owner).clients.updateNote({ practiceSlug: slug, noteId: note.id, body: "Edited by owner" }),
      "FORBIDDEN",
    );
    expect(refused.message).toMatch(/Only the coach who wrote/);
    await expectTRPCError(callerFor(owner).clients.deleteNote({ practiceSlug: slug, noteId: note.id }), "FORBIDDEN");

    // Unsharing hides it again; an admin's own private note is theirs alone.
    await callerFor(maya.user).clients.updateNote({ practiceSlug: slug, noteId: note.id, sharedWithTeam: false });
    await callerFor(owner).clients.addNote({
      practiceSlug: slug,
      clientId: client.id,
      body: "Owner's private thought",
    });
    expect(await notesFor(owner)).toEqual(["Owner's private thought"]);
    expect(await notesFor(maya.user)).toEqual(["Anxious about cold emails."]);
    // And a private note of the owner's cannot be updated by the admin: it does not exist for them.
    const ownerNote = await prisma.coachNote.findFirstOrThrow({ where: { authorUserId: owner.id } });
    await expectTRPCError(
      callerFor(admin).clients.updateNote({ practiceSlug: slug, noteId: ownerNote.id, body: "x" }),
      "NOT_FOUND",
    );
  });

  it("lets the author edit and delete, validates the text, and keeps clients out", async () => {
    const { slug, maya, client, clientUser } = await practiceWithClient();
    const caller = callerFor(maya.user);
    const note = await caller.clients.addNote({
      practiceSlug: slug,
      clientId: client.id,
      body: "  First  ",
      sharedWithTeam: true,
    });
    expect(note).toMatchObject({ body: "First", sharedWithTeam: true });
    const edited = await caller.clients.updateNote({ practiceSlug: slug, noteId: note.id, body: "<b>Second</b>" });
    expect(edited.body).toBe("<b>Second</b>"); // stored as typed, rendered as text

    const empty = await expectTRPCError(
      caller.clients.addNote({ practiceSlug: slug, clientId: client.id, body: "   " }),
      "BAD_REQUEST",
    );
    expect(zodFieldErrors(empty.cause as ZodError)).toEqual({ body: "Write the note first." });
    const long = await expectTRPCError(
      caller.clients.addNote({ practiceSlug: slug, clientId: client.id, body: "x".repeat(100_000) }),
      "BAD_REQUEST",
    );
    expect(zodFieldErrors(long.cause as ZodError).body).toMatch(/under 5,000 characters/);
    await expectTRPCError(caller.clients.updateNote({ practiceSlug: slug, noteId: note.id }), "BAD_REQUEST");

    await expectTRPCError(
      callerFor(clientUser).clients.addNote({ practiceSlug: slug, clientId: client.id, body: "Hi" }),
      "FORBIDDEN",
    );

    await caller.clients.deleteNote({ practiceSlug: slug, noteId: note.id });
    expect(await prisma.coachNote.count({ where: { id: note.id } })).toBe(0);
    await expectTRPCError(caller.clients.deleteNote({ practiceSlug: slug, noteId: note.id }), "NOT_FOUND");
  });
});
