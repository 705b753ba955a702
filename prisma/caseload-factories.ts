import type { PrismaClient } from "../src/server/db/generated/client";

// Bulk test and bench data for the caseload: `count` active clients of one coach, each with an
// active two-track project, contacts (some interviewed), outreach, submitted reflections and a
// future session. One INSERT … SELECT generate_series per table: Prisma's createMany spent seconds
// on 500 clients' rows before PostgreSQL saw them, which timed the caseload test out on a busy machine.
// Row ids are built from the client's number `n` (and track and contact numbers), so each table
// refers to rows of the others without reading them back.

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
  const firstSessionInHours = input.firstSessionInHours ?? 1;
  const id = (kind: string, n: number) => `${prefix}-${kind}-${n}`;
  await db.$transaction([
    db.$executeRaw`
      INSERT INTO "Client" ("id", "practiceId", "coachProfileId", "email", "name", "status", "updatedAt")
      SELECT ${prefix}::text || '-client-' || n, ${practiceId}, ${coachProfileId},
             ${prefix}::text || '-' || n || '@example.com', ${prefix}::text || ' Client ' || lpad(n::text, 4, '0'),
             'ACTIVE', now()
      FROM generate_series(0, ${count}::int - 1) AS n`,
    // Every third project has been quiet for ten days.
    db.$executeRaw`
      INSERT INTO "Project" ("id", "practiceId", "clientId", "coachProfileId", "title", "lastActivityAt", "updatedAt")
      SELECT ${prefix}::text || '-project-' || n, ${practiceId}, ${prefix}::text || '-client-' || n, ${coachProfileId},
             'Project ' || n,
             ${now}::timestamptz - (CASE WHEN n % 3 = 0 THEN 10 ELSE 1 END) * interval '1 day', now()
      FROM generate_series(0, ${count}::int - 1) AS n`,
    db.$executeRaw`
      INSERT INTO "ProjectTrack" ("id", "practiceId", "projectId", "name", "targetCount", "position", "updatedAt")
      SELECT ${prefix}::text || '-track-' || n || '-' || track.position, ${practiceId}, ${prefix}::text || '-project-' || n,
             track.name, 5, track.position, now()
      FROM generate_series(0, ${count}::int - 1) AS n
      CROSS JOIN (VALUES (0, 'Field A'), (1, 'Field B')) AS track (position, name)`,
    db.$executeRaw`
      INSERT INTO "Contact" ("id", "practiceId", "projectId", "trackId", "name", "updatedAt")
      SELECT ${prefix}::text || '-contact-' || n || '-' || track || '-' || c, ${practiceId},
             ${prefix}::text || '-project-' || n, ${prefix}::text || '-track-' || n || '-' || track, 'Contact ' || c, now()
      FROM generate_series(0, ${count}::int - 1) AS n, generate_series(0, 1) AS track, generate_series(0, 1) AS c`,
    db.$executeRaw`
      INSERT INTO "OutreachEvent" ("id", "practiceId", "projectId", "contactId", "kind", "message", "sentAt")
      SELECT ${prefix}::text || '-outreach-' || n || '-' || track || '-' || c, ${practiceId},
             ${prefix}::text || '-project-' || n, ${prefix}::text || '-contact-' || n || '-' || track || '-' || c,
             'INITIAL', 'Hello', ${now}::timestamptz - interval '2 days'
      FROM generate_series(0, ${count}::int - 1) AS n, generate_series(0, 1) AS track, generate_series(0, 1) AS c`,
    // The first contact of each track was interviewed and reflected on (submitted, awaiting review).
    db.$executeRaw`
      INSERT INTO "Interview" ("id", "practiceId", "projectId", "contactId", "occurredAt", "updatedAt")
      SELECT ${prefix}::text || '-interview-' || n || '-' || track, ${practiceId}, ${prefix}::text || '-project-' || n,
             ${prefix}::text || '-contact-' || n || '-' || track || '-0', ${now}::timestamptz - interval '3 days', now()
      FROM generate_series(0, ${count}::int - 1) AS n, generate_series(0, 1) AS track`,
    db.$executeRaw`
      INSERT INTO "Reflection" ("id", "practiceId", "projectId", "interviewId", "learned", "status", "submittedAt", "updatedAt")
      SELECT ${prefix}::text || '-reflection-' || n || '-' || track, ${practiceId}, ${prefix}::text || '-project-' || n,
             ${prefix}::text || '-interview-' || n || '-' || track, 'Something', 'SUBMITTED',
             ${now}::timestamptz - interval '2 days', now()
      FROM generate_series(0, ${count}::int - 1) AS n, generate_series(0, 1) AS track`,
    db.$executeRaw`
      INSERT INTO "Booking" ("id", "uid", "practiceId", "coachProfileId", "sessionTypeId", "clientId", "startAt", "endAt",
                             "blockedFrom", "blockedUntil", "bookerName", "bookerEmail", "bookerTimeZone", "manageTokenHash",
                             "updatedAt")
      SELECT ${prefix}::text || '-booking-' || n, ${prefix}::text || '-booking-' || n, ${practiceId}, ${coachProfileId},
             (SELECT "id" FROM "SessionType" WHERE "coachProfileId" = ${coachProfileId} AND "kind" = 'DISCOVERY' LIMIT 1),
             ${prefix}::text || '-client-' || n, slot.start_at, slot.start_at + interval '20 minutes', slot.start_at,
             slot.start_at + interval '30 minutes', 'Booker', ${prefix}::text || '-' || n || '@example.com', 'UTC',
             ${prefix}::text || '-hash-' || n, now()
      FROM generate_series(0, ${count}::int - 1) AS n,
           LATERAL (SELECT ${now}::timestamptz + (${firstSessionInHours}::int + n) * interval '1 hour' AS start_at) AS slot`,
  ]);
  const numbers = Array.from({ length: count }, (_, n) => n);
  return { clientIds: numbers.map((n) => id("client", n)), projectIds: numbers.map((n) => id("project", n)) };
}
