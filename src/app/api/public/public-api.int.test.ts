import { describe, expect, it } from "vitest";
import { createBookableCoach, createPractice, createSessionType } from "../../../../prisma/factories";
import { env } from "~/env";
import { hashManageToken, manageTokenFor } from "~/modules/bookings/domain/manage-token";
import { prisma } from "~/server/db/client";
import { callerFor } from "~/test/callers";
import { markPeerAddressRecorded, PEER_ADDRESS_HEADER } from "~/server/http/peer-address";
import { POST as book } from "./bookings/route";
import { GET as getBooking } from "./bookings/[uid]/route";
import { POST as cancel } from "./bookings/[uid]/cancel/route";
import { POST as reschedule } from "./bookings/[uid]/reschedule/route";
import { GET as slots } from "./practices/[practiceSlug]/coaches/[coachSlug]/slots/route";

// The route handlers called with real Request objects: the HTTP contract of docs/API.md. Each
// request carries the peer address `npm start` records, as if from its own connection.
markPeerAddressRecorded();
let ip = 0;
const headers = (extra: Record<string, string> = {}) => ({
  "content-type": "application/json",
  [PEER_ADDRESS_HEADER]: `10.0.0.${++ip}`,
  ...extra,
});
const post = (path: string, body: unknown, extra?: Record<string, string>) =>
  new Request(`http://localhost${path}`, {
    method: "POST",
    headers: headers(extra),
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const get = (path: string) => new Request(`http://localhost${path}`, { headers: headers() });
const params = <P>(value: P) => ({ params: Promise.resolve(value) });

// Far enough ahead that minimum notice never interferes, inside the 60-day horizon.
const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

async function coach() {
  const { practice } = await createPractice(prisma);
  const { profile } = await createBookableCoach(prisma, practice.id, { timeZone: "UTC" });
  return { practiceSlug: practice.slug, coachSlug: profile.slug };
}

describe("public API", () => {
  it("lists slots as UTC instants for dates in the asked zone, and validates the query", async () => {
    const slugs = await coach();
    const res = await slots(get(`/x?from=${day}&to=${day}&timeZone=Asia/Kolkata`), params(slugs));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ timeZone: "Asia/Kolkata", durationMinutes: 20 });
    expect(body.slots[0].start).toMatch(/Z$/);
    expect(new Date(body.slots[0].end).getTime() - new Date(body.slots[0].start).getTime()).toBe(20 * 60_000);

    const badZone = await slots(get(`/x?from=${day}&to=${day}&timeZone=Mars/Base`), params(slugs));
    expect(badZone.status).toBe(422);
    expect((await badZone.json()).error.fields.timeZone).toMatch(/time zone/);
    const tooLong = await slots(get(`/x?from=2026-01-01&to=2026-06-01&timeZone=UTC`), params(slugs));
    expect(tooLong.status).toBe(422);
    const unknown = await slots(
      get(`/x?from=${day}&to=${day}&timeZone=UTC`),
      params({ ...slugs, coachSlug: "nobody" }),
    );
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe("NOT_FOUND");
  });

  it("books (201), replays a retry (200, same uid), refuses a taken slot (409) and bad input (400/422)", async () => {
    const slugs = await coach();
    const start = `${day}T10:00:00.000Z`;
    const body = {
      ...slugs,
      start,
      name: "Ada",
      email: "ada@example.com",
      timeZone: "Europe/London",
      answers: { fieldsOfInterest: "UX" },
    };
    const created = await book(post("/api/public/bookings", body, { "idempotency-key": "key-ada-0001" }), params({}));
    expect(created.status).toBe(201);
    const booking = await created.json();
    expect(booking).toMatchObject({
      start,
      end: `${day}T10:20:00.000Z`,
      manageUrl: expect.stringContaining(`/bookings/${booking.uid}?token=`),
    });

    const retried = await book(post("/api/public/bookings", body, { "idempotency-key": "key-ada-0001" }), params({}));
    expect(retried.status).toBe(200);
    expect((await retried.json()).uid).toBe(booking.uid);

    const taken = await book(post("/api/public/bookings", { ...body, email: "bob@example.com" }), params({}));
    expect(taken.status).toBe(409);
    expect((await taken.json()).error).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/just booked/),
    });

    const invalid = await book(
      post("/api/public/bookings", { ...body, email: "not-an-email", timeZone: "Nowhere", name: "x".repeat(500) }),
      params({}),
    );
    expect(invalid.status).toBe(422);
    expect(Object.keys((await invalid.json()).error.fields).sort()).toEqual(["email", "name", "timeZone"]);
    const unoffered = await book(
      post("/api/public/bookings", { ...body, email: "c@example.com", start: `${day}T10:07:00Z` }),
      params({}),
    );
    expect(unoffered.status).toBe(422);
    const past = await book(
      post("/api/public/bookings", { ...body, email: "c@example.com", start: "2020-01-01T10:00:00Z" }),
      params({}),
    );
    expect(past.status).toBe(422);
    expect((await book(post("/api/public/bookings", "{not json"), params({}))).status).toBe(400);
    const oversized = await book(
      post("/api/public/bookings", { ...body, answers: { whatPrompted: "y".repeat(5000) } }),
      params({}),
    );
    expect(oversized.status).toBe(422);
  });

  it("manages a booking with the token only: view, reschedule, cancel; a wrong token is a 404 like an unknown uid", async () => {
    const slugs = await coach();
    const made = await (
      await book(
        post("/api/public/bookings", {
          ...slugs,
          start: `${day}T11:00:00Z`,
          name: "Cy",
          email: "cy@example.com",
          timeZone: "UTC",
        }),
        params({}),
      )
    ).json();
    const token = new URL(made.manageUrl).searchParams.get("token")!;

    const wrong = await getBooking(get(`/x?token=${"a".repeat(43)}`), params({ uid: made.uid }));
    const missing = await getBooking(get(`/x?token=${token}`), params({ uid: "no-such-uid" }));
    expect(wrong.status).toBe(404);
    expect(missing.status).toBe(404);
    expect((await wrong.json()).error.message).toBe((await missing.json()).error.message);

    const viewed = await getBooking(get(`/x?token=${token}`), params({ uid: made.uid }));
    expect(await viewed.json()).toMatchObject({ uid: made.uid, status: "confirmed", coach: { slug: slugs.coachSlug } });

    const moved = await reschedule(post(`/x?token=${token}`, { start: `${day}T12:00:00Z` }), params({ uid: made.uid }));
    expect(moved.status).toBe(200);
    expect((await moved.json()).start).toBe(`${day}T12:00:00.000Z`);

    const cancelled = await cancel(post(`/x`, { token, reason: "Changed plans" }), params({ uid: made.uid }));
    expect((await cancelled.json()).status).toBe("cancelled");
    const again = await cancel(post(`/x?token=${token}`, {}), params({ uid: made.uid }));
    expect(again.status).toBe(409);
  });

  it("rate-limits each address with 429 and Retry-After", async () => {
    const slugs = await coach();
    const sameIp = { [PEER_ADDRESS_HEADER]: "203.0.113.77" };
    // Up to 41 requests: even if a minute boundary resets the window once, one window sees 21.
    const statuses: number[] = [];
    for (let i = 0; i < 41 && !statuses.includes(429); i++) {
      const req = new Request("http://localhost/api/public/bookings", {
        method: "POST",
        headers: { ...sameIp, "content-type": "application/json" },
        body: JSON.stringify({ ...slugs }),
      });
      const res = await book(req, params({}));
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 422)).toBe(true);
    expect(statuses.length).toBeGreaterThanOrEqual(21);
  });
});

describe("session types in the public API", () => {
  async function coachWithTypes() {
    const { practice } = await createPractice(prisma);
    const { profile, user } = await createBookableCoach(prisma, practice.id, { timeZone: "UTC" });
    const coaching = await createSessionType(prisma, profile, {
      slug: "coaching",
      name: "Coaching session",
      durationMinutes: 45,
      bufferAfterMinutes: 0,
      visibility: "CLIENTS",
      locationKind: "VIDEO",
      locationDetail: "https://whereby.com/fieldnotes-coach",
    });
    const debrief = await createSessionType(prisma, profile, {
      slug: "debrief",
      name: "Interview debrief",
      durationMinutes: 30,
      bufferAfterMinutes: 0,
      visibility: "LINK",
      linkToken: `link-${profile.id}`,
      locationKind: "PHONE_BOOKER",
      intakeQuestions: [
        {
          id: "interview",
          label: "Which interview would you like to debrief?",
          kind: "SINGLE_CHOICE",
          required: true,
          maxLength: 100,
          options: ["First round", "Final round"],
        },
      ],
    });
    const windowed = await createSessionType(prisma, profile, {
      slug: "check-in",
      name: "Check-in",
      durationMinutes: 30,
      changeWindowHours: 12,
      locationKind: "IN_PERSON",
      locationDetail: "12 High Street, Leeds",
    });
    return { practiceSlug: practice.slug, coachSlug: profile.slug, profile, user, coaching, debrief, windowed };
  }
  const person = (n: number) => ({ name: `Person ${n}`, email: `person-${n}-${ip}@example.com`, timeZone: "UTC" });

  it("does not offer a clients-only type: its slots and its booking are a 404, like an unknown type", async () => {
    const coach = await coachWithTypes();
    const slugs = { practiceSlug: coach.practiceSlug, coachSlug: coach.coachSlug };
    const query = `from=${day}&to=${day}&timeZone=UTC`;
    for (const sessionType of ["coaching", "no-such-type"]) {
      const listed = await slots(get(`/x?${query}&sessionType=${sessionType}`), params(slugs));
      expect(listed.status).toBe(404);
      const booked = await book(
        post("/api/public/bookings", { ...slugs, sessionType, start: `${day}T10:00:00Z`, ...person(1) }),
        params({}),
      );
      expect(booked.status).toBe(404);
      expect((await booked.json()).error.message).toMatch(/not offered at this address/);
    }
    expect(await prisma.booking.count({ where: { sessionTypeId: coach.coaching.id } })).toBe(0);
  });

  it("books a secret-link type only with its token, asking its questions and the booker's number", async () => {
    const coach = await coachWithTypes();
    const body = {
      practiceSlug: coach.practiceSlug,
      coachSlug: coach.coachSlug,
      sessionType: "debrief",
      start: `${day}T11:00:00Z`,
      ...person(2),
    };
    const query = `from=${day}&to=${day}&timeZone=UTC&sessionType=debrief`;
    const slugs = { practiceSlug: coach.practiceSlug, coachSlug: coach.coachSlug };
    expect((await slots(get(`/x?${query}`), params(slugs))).status).toBe(404);
    expect((await slots(get(`/x?${query}&sessionTypeToken=wrong-token`), params(slugs))).status).toBe(404);
    const listed = await slots(get(`/x?${query}&sessionTypeToken=${coach.debrief.linkToken}`), params(slugs));
    expect(await listed.json()).toMatchObject({ sessionType: { slug: "debrief" }, durationMinutes: 30 });

    for (const token of [undefined, "wrong-token"]) {
      const refused = await book(post("/api/public/bookings", { ...body, sessionTypeToken: token }), params({}));
      expect(refused.status).toBe(404);
    }
    const unanswered = await book(
      post("/api/public/bookings", { ...body, sessionTypeToken: coach.debrief.linkToken, phone: "12" }),
      params({}),
    );
    expect(unanswered.status).toBe(422);
    expect((await unanswered.json()).error.fields).toEqual({
      phone: "Enter a phone number with 7 to 20 digits, like +44 20 7946 0958.",
    });
    const noNumber = await book(
      post("/api/public/bookings", {
        ...body,
        sessionTypeToken: coach.debrief.linkToken,
        answers: { interview: "Third round", other: "x" },
      }),
      params({}),
    );
    expect((await noNumber.json()).error.fields).toEqual({
      phone: "Enter the number your coach should call.",
      "answers.interview": "Pick one of the listed options.",
      "answers.other": "This session type asks no such question.",
    });

    const created = await book(
      post("/api/public/bookings", {
        ...body,
        sessionTypeToken: coach.debrief.linkToken,
        phone: "+44 20 7946 0958",
        answers: { interview: "Final round" },
      }),
      params({}),
    );
    expect(created.status).toBe(201);
    const booking = await created.json();
    expect(booking).toMatchObject({
      sessionType: { slug: "debrief", name: "Interview debrief", durationMinutes: 30 },
      end: `${day}T11:30:00.000Z`,
      location: {
        kind: "phone_booker",
        label: "Phone call",
        value: "+44 20 7946 0958",
        text: `Phone call: ${coach.profile.displayName} calls you on +44 20 7946 0958`,
      },
    });
    expect(await prisma.booking.findUniqueOrThrow({ where: { uid: booking.uid } })).toMatchObject({
      sessionTypeId: coach.debrief.id,
      bookerPhone: "+44 20 7946 0958",
      locationKind: "PHONE_BOOKER",
      answers: [{ id: "interview", question: "Which interview would you like to debrief?", answer: "Final round" }],
    });
  });

  it("still takes the discovery session's old answers object when no type is named, stored as asked questions", async () => {
    const coach = await coachWithTypes();
    const created = await book(
      post("/api/public/bookings", {
        practiceSlug: coach.practiceSlug,
        coachSlug: coach.coachSlug,
        start: `${day}T12:00:00Z`,
        ...person(3),
        answers: { fieldsOfInterest: "UX research", whatPrompted: "" },
      }),
      params({}),
    );
    expect(created.status).toBe(201);
    const booking = await created.json();
    expect(booking).toMatchObject({ sessionType: { slug: "discovery", durationMinutes: 20 }, location: null });
    expect((await prisma.booking.findUniqueOrThrow({ where: { uid: booking.uid } })).answers).toEqual([
      { id: "fieldsOfInterest", question: "Which fields are you curious about?", answer: "UX research" },
    ]);
  });

  it("gives one 201 to ten simultaneous bookings of one slot across two session types of a coach", async () => {
    const coach = await coachWithTypes();
    const start = `${day}T14:00:00.000Z`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        book(
          post("/api/public/bookings", {
            practiceSlug: coach.practiceSlug,
            coachSlug: coach.coachSlug,
            ...(n % 2 ? { sessionType: "check-in" } : {}),
            start,
            ...person(100 + n),
          }),
          params({}),
        ),
      ),
    );
    expect(responses.map((res) => res.status).sort()).toEqual([201, ...Array<number>(9).fill(409)]);
    expect(await prisma.booking.count({ where: { coachProfileId: coach.profile.id } })).toBe(1);
  });

  it("refuses the booker a change inside the type's change window with 422 naming the policy; the coach may", async () => {
    const coach = await coachWithTypes();
    // Six hours from now, inside the 12-hour window; on the grid, within 09:00–17:00 or the next day's.
    const soon = new Date(Math.ceil((Date.now() + 6 * 3_600_000) / 1_800_000) * 1_800_000);
    const row = await prisma.booking.create({
      data: {
        uid: `windowed-${coach.profile.id}`,
        practiceId: coach.profile.practiceId,
        coachProfileId: coach.profile.id,
        sessionTypeId: coach.windowed.id,
        clientId: (
          await prisma.client.create({
            data: { practiceId: coach.profile.practiceId, email: "w@example.com", name: "W", timeZone: "UTC" },
          })
        ).id,
        startAt: soon,
        endAt: new Date(soon.getTime() + 30 * 60_000),
        blockedFrom: soon,
        blockedUntil: new Date(soon.getTime() + 40 * 60_000),
        bookerName: "W",
        bookerEmail: "w@example.com",
        bookerTimeZone: "UTC",
        manageTokenHash: hashManageToken(manageTokenFor(`windowed-${coach.profile.id}`, env.AUTH_SECRET)),
      },
    });
    const token = manageTokenFor(row.uid, env.AUTH_SECRET);
    const policy = `Changes within 12 hours of the start go through your coach. Email ${coach.profile.displayName} at ${coach.user.email} to change or cancel it.`;
    const cancelled = await cancel(post(`/x?token=${token}`, {}), params({ uid: row.uid }));
    expect(cancelled.status).toBe(422);
    expect((await cancelled.json()).error).toEqual({ code: "VALIDATION_FAILED", message: policy });
    const moved = await reschedule(
      post(`/x?token=${token}`, { start: new Date(soon.getTime() + 86_400_000).toISOString() }),
      params({ uid: row.uid }),
    );
    expect(moved.status).toBe(422);
    expect((await moved.json()).error.message).toBe(policy);

    const asCoach = callerFor(coach.user);
    await asCoach.bookings.cancel({ practiceSlug: coach.practiceSlug, bookingId: row.id });
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("CANCELLED");
  });
});
