import type { PrismaClient } from "~/server/db/client";

// Bulk test and bench data for the caseload: `count` active clients of one coach, each with an
// active two-track project, contacts (some interviewed), outreach, submitted reflections and a
// future session. Written with createMany, so 500 clients take a second, not a minute.

const DAY_MS = 86_400_000;

export async function seedCaseloadClients(
  db: PrismaClient,
  input: {
    practiceId: string;
    coachProfileId: string;
    count: number;
    now: Date;
    prefix?: string;
    /** Sessions are an hour apart from this many hours after `now`; seed a coach twice with distinct ranges. */
    firstSessionInHours?: number;
  },
) {
  const { practiceId, coachProfileId, count, now } = input;
  const prefix = input.prefix ?? `c${Math.random().toString(36).slice(2, 8)}`;
  const index = Array.from({ length: count }, (_, i) => i);
  const clients = await db.client.createManyAndReturn({
    data: index.map((i) => ({
      practiceId,
      coachProfileId,
      email: `${prefix}-${i}@example.com`,
      name: `${prefix} Client ${String(i).padStart(4, "0")}`,
      status: "ACTIVE" as const,
    })),
    select: { id: true },
  });
  const projects = await db.project.createManyAndReturn({
    data: clients.map((client, i) => ({
      practiceId,
      clientId: client.id,
      coachProfileId,
      title: `Project ${i}`,
      // Every third project has been quiet for ten days.
      lastActivityAt: new Date(now.getTime() - (i % 3 === 0 ? 10 : 1) * DAY_MS),
    })),
    select: { id: true, clientId: true },
  });
  const tracks = await db.projectTrack.createManyAndReturn({
    data: projects.flatMap((project) =>
      ["Field A", "Field B"].map((name, position) => ({
        practiceId,
        projectId: project.id,
        name,
        targetCount: 5,
        position,
      })),
    ),
    select: { id: true, projectId: true },
  });
  const contacts = await db.contact.createManyAndReturn({
    data: tracks.flatMap((track) =>
      [0, 1].map((n) => ({ practiceId, projectId: track.projectId, trackId: track.id, name: `Contact ${n}` })),
    ),
    select: { id: true, projectId: true },
  });
  await db.outreachEvent.createMany({
    data: contacts.map((contact) => ({
      practiceId,
      projectId: contact.projectId,
      contactId: contact.id,
      kind: "INITIAL" as const,
      message: "Hello",
      sentAt: new Date(now.getTime() - 2 * DAY_MS),
    })),
  });
  // The first contact of each track was interviewed and reflected on (submitted, awaiting review).
  const interviewed = contacts.filter((_, i) => i % 2 === 0);
  const interviews = await db.interview.createManyAndReturn({
    data: interviewed.map((contact) => ({
      practiceId,
      projectId: contact.projectId,
      contactId: contact.id,
      occurredAt: new Date(now.getTime() - 3 * DAY_MS),
    })),
    select: { id: true, projectId: true },
  });
  await db.reflection.createMany({
    data: interviews.map((interview) => ({
      practiceId,
      projectId: interview.projectId,
      interviewId: interview.id,
      learned: "Something",
      status: "SUBMITTED" as const,
      submittedAt: new Date(now.getTime() - 2 * DAY_MS),
    })),
  });
  await db.booking.createMany({
    data: clients.map((client, i) => {
      const startAt = new Date(now.getTime() + ((input.firstSessionInHours ?? 1) + i) * 3_600_000);
      return {
        uid: `${prefix}-booking-${i}`,
        practiceId,
        coachProfileId,
        clientId: client.id,
        startAt,
        endAt: new Date(startAt.getTime() + 20 * 60_000),
        blockedFrom: startAt,
        blockedUntil: new Date(startAt.getTime() + 30 * 60_000),
        bookerName: "Booker",
        bookerEmail: `${prefix}-${i}@example.com`,
        bookerTimeZone: "UTC",
        manageTokenHash: `${prefix}-hash-${i}`,
      };
    }),
  });
  return { clientIds: clients.map((client) => client.id), projectIds: projects.map((project) => project.id) };
}
