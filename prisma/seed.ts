import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Role } from "../src/server/db/generated/client";
import { seedDemoTrial } from "./seed-billing";
import { seedProjects } from "./seed-projects";

// Deterministic, idempotent demo data: fixed ids and upserts, so running it again
// changes nothing. Every demo address is on demo.fieldnotes.test, which the dev-only
// "sign in as" accepts.
const DOMAIN = "demo.fieldnotes.test";

const PEOPLE: Array<{ key: string; name: string; role: Role; timeZone: string }> = [
  { key: "olivia", name: "Olivia Hart", role: "OWNER", timeZone: "America/New_York" },
  { key: "maya", name: "Maya Chen", role: "COACH", timeZone: "Europe/London" },
  { key: "sam", name: "Sam Rivera", role: "COACH", timeZone: "America/Los_Angeles" },
  { key: "priya", name: "Priya Nair", role: "CLIENT", timeZone: "Asia/Kolkata" },
  { key: "jordan", name: "Jordan Lee", role: "CLIENT", timeZone: "America/Chicago" },
  { key: "alex", name: "Alex Morgan", role: "CLIENT", timeZone: "Europe/Berlin" },
  { key: "taylor", name: "Taylor Brooks", role: "CLIENT", timeZone: "America/New_York" },
  { key: "chris", name: "Chris Okafor", role: "CLIENT", timeZone: "Africa/Lagos" },
];

export async function seedDemoData(db: PrismaClient) {
  const practice = await db.practice.upsert({
    where: { slug: "northstar" },
    create: {
      id: "demo-practice-northstar",
      slug: "northstar",
      name: "Northstar Career Studio",
      timeZone: "America/New_York",
      brandColor: "#0f766e",
    },
    update: {},
  });
  for (const person of PEOPLE) {
    const user = await db.user.upsert({
      where: { email: `${person.key}@${DOMAIN}` },
      create: {
        id: `demo-user-${person.key}`,
        email: `${person.key}@${DOMAIN}`,
        name: person.name,
        timeZone: person.timeZone,
        emailVerified: new Date("2026-01-05T09:00:00Z"),
      },
      update: {},
    });
    await db.membership.upsert({
      where: { practiceId_userId: { practiceId: practice.id, userId: user.id } },
      create: {
        id: `demo-membership-${person.key}`,
        practiceId: practice.id,
        userId: user.id,
        role: person.role,
        createdAt: new Date("2026-01-05T09:00:00Z"),
      },
      update: {},
    });
  }
  await db.auditEvent.upsert({
    where: { id: "demo-audit-created" },
    create: {
      id: "demo-audit-created",
      practiceId: practice.id,
      actorUserId: "demo-user-olivia",
      action: "practices.create",
      targetType: "practice",
      targetId: practice.id,
      data: { name: practice.name, slug: practice.slug },
      createdAt: new Date("2026-01-05T09:00:00Z"),
    },
    update: {},
  });
  await seedBookings(db, practice.id);
  await seedProjects(db, practice.id);
  await seedDemoTrial(db, practice.id, { stripeConfigured: Boolean(process.env.STRIPE_SECRET_KEY) });
  return { practice, people: PEOPLE.length };
}

const weekdays = (start: string, end: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, ranges: [{ start, end }] }));

// Sessions are placed relative to the first seeding (so the calendar shows upcoming ones),
// with fixed ids: seeding again never adds or moves anything.
async function seedBookings(db: PrismaClient, practiceId: string) {
  const coaches = [
    {
      key: "maya",
      slug: "maya-chen",
      name: "Maya Chen",
      timeZone: "Europe/London",
      headline: "Career changes into tech and design",
    },
    {
      key: "sam",
      slug: "sam-rivera",
      name: "Sam Rivera",
      timeZone: "America/Los_Angeles",
      headline: "From burnout to work that fits",
    },
  ];
  for (const coach of coaches) {
    await db.coachProfile.upsert({
      where: { membershipId: `demo-membership-${coach.key}` },
      create: {
        id: `demo-coach-${coach.key}`,
        practiceId,
        membershipId: `demo-membership-${coach.key}`,
        slug: coach.slug,
        displayName: coach.name,
        headline: coach.headline,
        timeZone: coach.timeZone,
        weeklyHours: weekdays("09:00", "17:00"),
        minimumNoticeMinutes: 12 * 60,
      },
      update: {},
    });
  }
  const day = 86_400_000;
  const anchor = Math.floor(Date.now() / day) * day; // today, 00:00 UTC
  const sessions = [
    {
      id: "priya",
      coach: "maya",
      client: "priya",
      name: "Priya Nair",
      zone: "Asia/Kolkata",
      at: anchor + 2 * day + 10 * 3600_000,
      status: "CONFIRMED",
    },
    {
      id: "jordan",
      coach: "sam",
      client: "jordan",
      name: "Jordan Lee",
      zone: "America/Chicago",
      at: anchor + 3 * day + 18 * 3600_000,
      status: "CONFIRMED",
    },
    {
      id: "alex",
      coach: "maya",
      client: "alex",
      name: "Alex Morgan",
      zone: "Europe/Berlin",
      at: anchor - 5 * day + 11 * 3600_000,
      status: "COMPLETED",
    },
  ] as const;
  for (const session of sessions) {
    const email = `${session.client}@${DOMAIN}`;
    const client = await db.client.upsert({
      where: { practiceId_email: { practiceId, email } },
      create: {
        id: `demo-client-${session.client}`,
        practiceId,
        email,
        name: session.name,
        timeZone: session.zone,
        userId: `demo-user-${session.client}`,
        coachProfileId: `demo-coach-${session.coach}`,
        status: "LEAD",
      },
      update: {},
    });
    const startAt = new Date(session.at);
    const endAt = new Date(session.at + 20 * 60_000);
    await db.booking.upsert({
      where: { uid: `demo-booking-${session.id}` },
      create: {
        uid: `demo-booking-${session.id}`,
        practiceId,
        coachProfileId: `demo-coach-${session.coach}`,
        clientId: client.id,
        startAt,
        endAt,
        blockedFrom: startAt,
        blockedUntil: new Date(endAt.getTime() + 10 * 60_000),
        status: session.status,
        bookerName: session.name,
        bookerEmail: email,
        bookerTimeZone: session.zone,
        answers: {
          fieldsOfInterest: "Product management, UX research",
          whatPrompted: "Ready for a change after eight years in finance.",
        },
        manageTokenHash: `demo-not-a-real-token-${session.id}`,
      },
      update: {},
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  seedDemoData(db)
    .then(({ practice, people }) => console.log(`Seeded ${practice.name} (/p/${practice.slug}) with ${people} people.`))
    .finally(() => db.$disconnect());
}
