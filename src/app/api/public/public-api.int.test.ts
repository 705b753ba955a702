import { describe, expect, it } from "vitest";
import { createBookableCoach, createPractice } from "../../../../prisma/factories";
import { prisma } from "~/server/db/client";
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
