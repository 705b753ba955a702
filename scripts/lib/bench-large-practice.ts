import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "~/server/db/generated/client";
import { seedCaseloadClients } from "../../prisma/caseload-factories";

// The large-practice data set: the demo practice (prisma/seed.ts) grown by BENCH_COACHES coaches with
// BOOKINGS_PER_COACH bookings each over the next BOOKING_DAYS days, and CLIENTS clients with projects, CASELOAD_CLIENTS
// of them on the demo coach. FIRST_PAGE_CLIENTS of hers come first (seedFullCaseloadPage), so that the small practice
// already fills her caseload's first page: the two runs then differ in what the practice holds, not in how many rows
// the page shows.

const PRACTICE_ID = "demo-practice-northstar";
const DEMO_COACH_ID = "demo-coach-maya";
const BENCH_COACHES = 1_000;
const BOOKINGS_PER_COACH = 50;
const BOOKING_DAYS = 60;
const CLIENTS = 5_000;
const CASELOAD_CLIENTS = 500;
/** One caseload page (CASELOAD_PAGE_SIZE in src/modules/clients/server/caseload.system.repo.ts). */
const FIRST_PAGE_CLIENTS = 50;
/** The demo coach's extra sessions start after every window the bench reads, so her free slots stay the same. */
const CASELOAD_SESSIONS_AFTER_HOURS = 75 * 24;
const ZONE = "Europe/London";

export const LARGE_PRACTICE =
  `+ ${BENCH_COACHES} coaches × ${BOOKINGS_PER_COACH} bookings over ${BOOKING_DAYS} days, ` +
  `${CLIENTS} clients with projects (${CASELOAD_CLIENTS} on Maya Chen, ${FIRST_PAGE_CLIENTS} of them in both runs)`;

/**
 * The large practice, added to the demo practice in one transaction of INSERT … SELECT generate_series statements
 * (50,000 Prisma creates would take minutes). Row ids carry their numbers, so rows refer to each other unread.
 */
export async function insertLargePractice(databaseUrl: string) {
  const benchClients = CLIENTS - CASELOAD_CLIENTS;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "timeZone", "updatedAt")
       SELECT 'bench-user-' || n, 'bench-coach-' || n || '@bench.fieldnotes.test', 'Bench Coach ' || n, $1, now()
       FROM generate_series(0, $2::int - 1) AS n`,
      [ZONE, BENCH_COACHES],
    );
    await client.query(
      `INSERT INTO "Membership" ("id", "practiceId", "userId", "role", "updatedAt")
       SELECT 'bench-membership-' || n, $1, 'bench-user-' || n, 'COACH', now()
       FROM generate_series(0, $2::int - 1) AS n`,
      [PRACTICE_ID, BENCH_COACHES],
    );
    const weekdays = Array.from({ length: 5 }, (_, i) => ({
      weekday: i + 1,
      ranges: [{ start: "09:00", end: "17:00" }],
    }));
    await client.query(
      `INSERT INTO "CoachProfile" ("id", "practiceId", "membershipId", "slug", "displayName", "timeZone", "weeklyHours",
                                   "updatedAt")
       SELECT 'bench-coach-' || n, $1, 'bench-membership-' || n, 'bench-coach-' || n, 'Bench Coach ' || n, $2, $3::jsonb,
              now()
       FROM generate_series(0, $4::int - 1) AS n`,
      [PRACTICE_ID, ZONE, JSON.stringify(weekdays), BENCH_COACHES],
    );
    await client.query(
      `INSERT INTO "SessionType" ("id", "practiceId", "coachProfileId", "slug", "name", "durationMinutes",
                                  "slotIntervalMinutes", "updatedAt")
       SELECT 'bench-type-' || n, $1, 'bench-coach-' || n, 'coaching-session', 'Coaching session', 60, 30, now()
       FROM generate_series(0, $2::int - 1) AS n`,
      [PRACTICE_ID, BENCH_COACHES],
    );
    // Client n belongs to bench coach n % BENCH_COACHES, so coach c has clients c, c + 1000, c + 2000 …
    await client.query(
      `INSERT INTO "Client" ("id", "practiceId", "coachProfileId", "email", "name", "status", "updatedAt")
       SELECT 'bench-client-' || n, $1, 'bench-coach-' || (n % $2::int), 'bench-client-' || n || '@example.com',
              'Bench Client ' || lpad(n::text, 4, '0'), 'ACTIVE', now()
       FROM generate_series(0, $3::int - 1) AS n`,
      [PRACTICE_ID, BENCH_COACHES, benchClients],
    );
    await client.query(
      `INSERT INTO "Project" ("id", "practiceId", "clientId", "coachProfileId", "title", "lastActivityAt", "updatedAt")
       SELECT 'bench-project-' || n, $1, 'bench-client-' || n, 'bench-coach-' || (n % $2::int), 'Project ' || n,
              now() - (n % 20) * interval '1 day', now()
       FROM generate_series(0, $3::int - 1) AS n`,
      [PRACTICE_ID, BENCH_COACHES, benchClients],
    );
    // Booking k of a coach: on day 1 + floor(k × 60 / 50) from today (distinct days), at 09:00 + (k mod 8) hours UTC,
    // with one of the coach's first four clients.
    await client.query(
      `INSERT INTO "Booking" ("id", "uid", "practiceId", "coachProfileId", "sessionTypeId", "clientId", "startAt", "endAt",
                              "blockedFrom", "blockedUntil", "bookerName", "bookerEmail", "bookerTimeZone",
                              "manageTokenHash", "updatedAt")
       SELECT 'bench-booking-' || c || '-' || k, 'bench-booking-' || c || '-' || k, $1, 'bench-coach-' || c,
              'bench-type-' || c, 'bench-client-' || (c + $2::int * (k % 4)), slot.start_at,
              slot.start_at + interval '60 minutes', slot.start_at, slot.start_at + interval '70 minutes', 'Booker',
              'bench-client-' || (c + $2::int * (k % 4)) || '@example.com', $3, 'bench-hash-' || c || '-' || k, now()
       FROM generate_series(0, $2::int - 1) AS c, generate_series(0, $4::int - 1) AS k,
            LATERAL (SELECT date_trunc('day', now()) + (1 + floor(k * $5::float / $4::int))::int * interval '1 day'
                            + (9 + k % 8) * interval '1 hour' AS start_at) AS slot`,
      [PRACTICE_ID, BENCH_COACHES, ZONE, BOOKINGS_PER_COACH, BOOKING_DAYS],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  const rest = CASELOAD_CLIENTS - FIRST_PAGE_CLIENTS;
  await seedDemoCoachCaseload(databaseUrl, { prefix: "bench-caseload", count: rest, afterHours: 0 });
  await vacuumAnalyze(databaseUrl);
}

/** The demo coach's first caseload page of full clients, added to the demo practice before the small run. */
export async function seedFullCaseloadPage(databaseUrl: string) {
  const afterHours = CASELOAD_CLIENTS - FIRST_PAGE_CLIENTS; // after the sessions of the rest of her caseload
  await seedDemoCoachCaseload(databaseUrl, { prefix: "bench-page", count: FIRST_PAGE_CLIENTS, afterHours });
  await vacuumAnalyze(databaseUrl);
}

/** Full caseload clients (projects, contacts, reflections, a session an hour after the one before) of the demo coach. */
async function seedDemoCoachCaseload(
  databaseUrl: string,
  clients: { prefix: string; count: number; afterHours: number },
) {
  // A client of its own: the app's shared one may have been disconnected by an earlier figure.
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    await seedCaseloadClients(db, {
      practiceId: PRACTICE_ID,
      coachProfileId: DEMO_COACH_ID,
      count: clients.count,
      now: new Date(),
      prefix: clients.prefix,
      firstSessionInHours: CASELOAD_SESSIONS_AFTER_HOURS + clients.afterHours,
    });
  } finally {
    await db.$disconnect();
  }
}

/** Fresh planner statistics, as autovacuum would give a practice that grew over months rather than a second. */
async function vacuumAnalyze(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
}
