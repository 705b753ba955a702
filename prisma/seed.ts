import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Role } from "../src/server/db/generated/client";
import { seedDemoTrial } from "./seed-billing";
import { seedBookings } from "./seed-bookings";
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
  // The practice's first day in its audit log: Olivia sets it up and her coaches join.
  const founding = [
    { key: "created", actor: "olivia", action: "practices.create", data: { name: practice.name, slug: practice.slug } },
    { key: "invited-coaches", actor: "olivia", action: "members.invite", data: { role: "COACH" } },
    { key: "joined-maya", actor: "maya", action: "invitations.accept", data: { role: "COACH" } },
    { key: "joined-sam", actor: "sam", action: "invitations.accept", data: { role: "COACH" } },
    { key: "hours-maya", actor: "maya", action: "scheduling.updateAvailability", data: {} },
  ];
  for (const [minutes, event] of founding.entries()) {
    await db.auditEvent.upsert({
      where: { id: `demo-audit-${event.key}` },
      create: {
        id: `demo-audit-${event.key}`,
        practiceId: practice.id,
        actorUserId: `demo-user-${event.actor}`,
        action: event.action,
        targetType: event.action === "practices.create" ? "practice" : null,
        targetId: event.action === "practices.create" ? practice.id : null,
        data: event.data,
        createdAt: new Date(Date.UTC(2026, 0, 5, 9, minutes * 20)),
      },
      update: {},
    });
  }
  await seedBookings(db, practice.id);
  await seedProjects(db, practice.id);
  await seedDemoTrial(db, practice.id, { stripeConfigured: Boolean(process.env.STRIPE_SECRET_KEY) });
  return { practice, people: PEOPLE.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  seedDemoData(db)
    .then(({ practice, people }) => console.log(`Seeded ${practice.name} (/p/${practice.slug}) with ${people} people.`))
    .finally(() => db.$disconnect());
}
