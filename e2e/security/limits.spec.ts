import { expect, test } from "@playwright/test";
import { addMember, createBookableCoach, createClient, createPractice, createUser } from "../../prisma/factories";
import { e2eDb } from "../support/db";
import { uniqueEmail } from "../support/mail";
import { sessionCookieFor, trpcMutation } from "../support/session";

// Plan limits hold when ten requests arrive at the running server at the same moment: each
// count-then-write waits for the one before it (a transaction-scoped lock per practice).

const FREE_ACTIVE_CLIENTS = 3;
const FREE_COACH_SEATS = 1;

async function freePractice() {
  const db = e2eDb();
  const owner = await createUser(db, { email: uniqueEmail("limits-owner"), name: "Lim Owner" });
  const { practice } = await createPractice(db, { owner, slug: `lim-${Date.now().toString(36)}`, name: "Limits" });
  return { db, owner, practice, cookie: await sessionCookieFor(owner.id) };
}

test("ten simultaneous activations stop exactly at the free plan's client limit", async ({ request, baseURL }) => {
  const { db, practice, cookie } = await freePractice();
  await createClient(db, practice.id, { status: "ACTIVE" });
  const leads = await Promise.all(Array.from({ length: 10 }, () => createClient(db, practice.id)));

  const responses = await Promise.all(
    leads.map((lead) =>
      trpcMutation(request, baseURL!, cookie, "clients.setStatus", {
        practiceSlug: practice.slug,
        clientId: lead.id,
        status: "ACTIVE",
      }),
    ),
  );

  const statuses = responses.map((response) => response.status()).sort();
  expect(statuses.filter((status) => status === 200)).toHaveLength(FREE_ACTIVE_CLIENTS - 1);
  expect(statuses.filter((status) => status === 402)).toHaveLength(10 - (FREE_ACTIVE_CLIENTS - 1));
  expect(await db.client.count({ where: { practiceId: practice.id, status: "ACTIVE" } })).toBe(FREE_ACTIVE_CLIENTS);
});

test("ten simultaneous coach invitations leave exactly one on the free plan's seat", async ({ request, baseURL }) => {
  const { db, practice, cookie } = await freePractice();

  const responses = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      trpcMutation(request, baseURL!, cookie, "members.invite", {
        practiceSlug: practice.slug,
        email: uniqueEmail(`coach-${i}`),
        role: "COACH",
      }),
    ),
  );

  expect(responses.filter((response) => response.status() === 200)).toHaveLength(FREE_COACH_SEATS);
  expect(await db.invitation.count({ where: { practiceId: practice.id, role: "COACH", revokedAt: null } })).toBe(
    FREE_COACH_SEATS,
  );
});

test("ten simultaneous role changes make no more coaches than the free plan's seat", async ({ request, baseURL }) => {
  const { db, practice, cookie } = await freePractice();
  const members = await Promise.all(Array.from({ length: 10 }, () => addMember(db, practice.id, "CLIENT")));

  await Promise.all(
    members.map(({ membership }) =>
      trpcMutation(request, baseURL!, cookie, "members.changeRole", {
        practiceSlug: practice.slug,
        membershipId: membership.id,
        role: "COACH",
      }),
    ),
  );

  expect(await db.membership.count({ where: { practiceId: practice.id, role: "COACH", removedAt: null } })).toBe(
    FREE_COACH_SEATS,
  );
});

test("ten simultaneous bookings of one day give exactly the coach's daily cap", async ({ request }) => {
  const { db, practice } = await freePractice();
  const { profile } = await createBookableCoach(db, practice.id, { maxSessionsPerDay: 2 });
  // Ten different half-hour slots of one day three days ahead, in the coach's 09:00–17:00 (UTC).
  const day = new Date(Date.now() + 3 * 86_400_000);
  const starts = Array.from({ length: 10 }, (_, i) =>
    new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 9, 30 * i)).toISOString(),
  );

  const responses = await Promise.all(
    starts.map((start, i) =>
      request.post("/api/public/bookings", {
        data: {
          practiceSlug: practice.slug,
          coachSlug: profile.slug,
          start,
          name: `Visitor ${i}`,
          email: uniqueEmail(`visitor-${i}`),
          timeZone: "UTC",
        },
      }),
    ),
  );

  expect(responses.filter((response) => response.status() === 201)).toHaveLength(2);
  expect(responses.every((response) => [201, 409].includes(response.status()))).toBe(true);
  expect(await db.booking.count({ where: { coachProfileId: profile.id, status: "CONFIRMED" } })).toBe(2);
});
