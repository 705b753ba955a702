import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { expect, test, type APIResponse } from "@playwright/test";
import { createBookableCoach, createPractice, createUser } from "../../prisma/factories";
import { cancelInput, createBookingInput, rescheduleInput } from "../../src/modules/bookings/schemas";
import {
  PRACTICE_PROCEDURES,
  USER_PROCEDURES,
  practiceWithEveryRole,
  procedures,
} from "../../src/test/practice-procedures";
import { e2eDb } from "../support/db";
import { sessionCookieFor } from "../support/session";
import { textFieldsOf, withValueAt, type FieldPath } from "./input-fields";

// What a careless or hostile client sends, at every way in: each string field of every tRPC
// procedure (found by walking its zod input, so optional fields are covered) and of every public
// endpoint, one hostile value at a time, through the real routes of the production server.
// Nothing may answer 5xx, and the server must still serve normal requests afterwards.

/** Each value as the JSON text sent, so lone surrogates and 10,000 nested arrays go out exactly. */
const asJson = (value: string) => JSON.stringify(value);
const DEEP_JSON = "[".repeat(10_000) + "]".repeat(10_000);
const HOSTILE_VALUES: Array<[label: string, json: string]> = [
  ["NUL byte", asJson("a\u0000b")],
  ["escape, bell and vertical tab", asJson("x\u001b[2J\u0007\u000b")],
  ["lone high surrogate", asJson("a\ud800b")],
  ["lone low surrogate", asJson("\udc00")],
  ["5 KB", asJson("x".repeat(5_000))],
  ["100 KB", asJson("y".repeat(100_000))],
  ["deep JSON", DEEP_JSON],
  ["year 0000 instant", asJson("0000-01-01T00:00:00Z")],
  ["year 0001 day", asJson("0001-01-01")],
  ["year 9999 instant", asJson("9999-12-31T23:59:59.999Z")],
  ["year 9999 day", asJson("9999-12-31")],
  ["month 13", asJson("2026-13-45")],
  ["NaN", asJson("NaN")],
  ["empty", asJson("")],
];

/** The same ideas as raw URL text for path segments and query values (a URL cannot carry a lone surrogate). */
const HOSTILE_URL_VALUES: Array<[label: string, encoded: string]> = [
  ["NUL byte", "a%00b"],
  ["escape and bell", "x%1B%07"],
  ["surrogate as CESU-8", "%ED%A0%80"],
  ["invalid UTF-8", "%FF%FE"],
  ["bare percent", "%"],
  ["5 KB", "x".repeat(5_000)],
  ["dot segments", "..%2F..%2Fetc"],
  ["year 0001 day", "0001-01-01"],
  ["year 9999 day", "9999-12-31"],
  ["month 13", "2026-13-45"],
  ["30 February", "2026-02-30"],
  ["NaN", "NaN"],
];

const PLACEHOLDER = "\u2063fuzz-value\u2063";
/** `input` with the hostile JSON text at `path`. */
function jsonWith(input: unknown, path: FieldPath, json: string, wrap: (value: unknown) => unknown = (v) => v) {
  return JSON.stringify(wrap(withValueAt(input, path, PLACEHOLDER))).replace(asJson(PLACEHOLDER), () => json);
}

/** Requests sent and what must not come back: 5xx, or 429 (the request never reached the code under test). */
class Tally {
  private readonly started = Date.now();
  requests = 0;
  serverErrors = 0;
  readonly failures: string[] = [];

  async record(what: string, sent: Promise<APIResponse>) {
    const response = await sent;
    this.requests += 1;
    if (response.status() >= 500) this.serverErrors += 1;
    if (response.status() >= 500 || response.status() === 429) {
      this.failures.push(`${response.status()} ${what}: ${(await response.text()).slice(0, 300)}`);
    }
  }

  report(name: string) {
    const seconds = Math.round((Date.now() - this.started) / 1000);
    console.log(`[fuzz] ${name}: ${this.requests} requests in ${seconds} s, ${this.serverErrors} answered 5xx`);
    expect(this.failures).toEqual([]);
  }
}

const origin = () => new URL(test.info().project.use.baseURL!).origin;

// ── Public API ──

// Public endpoints are rate-limited per client address, and every request here comes from the
// same one. Write counters are rows in PostgreSQL, cleared before each request so every write
// reaches the code under test. Read counters live in the server's memory and cannot be cleared:
// the reads below stay under one minute's read limit (120) as long as the specs before this one
// do not read the public API heavily.
const clearRateLimits = () => e2eDb().rateLimitCounter.deleteMany();

test.describe("hostile input", () => {
  test("public API: every field, path segment and query value", async ({ request }) => {
    test.setTimeout(90_000);
    const db = e2eDb();
    const { practice } = await createPractice(db);
    const { profile } = await createBookableCoach(db, practice.id, { timeZone: "UTC" });
    const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const booking = {
      practiceSlug: practice.slug,
      coachSlug: profile.slug,
      start: `${day}T10:00:00.000Z`,
      name: "Fuzz Booker",
      email: `fuzz-${Date.now().toString(36)}@example.com`,
      timeZone: "Europe/London",
      answers: { fieldsOfInterest: "UX", whatPrompted: "Curious" },
    };
    await clearRateLimits();
    const created = await request.post("/api/public/bookings", { data: booking });
    expect(created.status()).toBe(201);
    const { uid, manageUrl } = (await created.json()) as { uid: string; manageUrl: string };
    const token = new URL(manageUrl).searchParams.get("token")!;

    const tally = new Tally();
    const send = async (what: string, call: () => Promise<APIResponse>) => {
      await clearRateLimits();
      await tally.record(what, call());
    };
    const postJson = (path: string, body: string, headers: Record<string, string> = {}) =>
      request.post(path, { data: body, headers: { "Content-Type": "application/json", ...headers } });
    const slotsPath = (slugs: { practice: string; coach: string }, query: Record<string, string>) =>
      `/api/public/practices/${slugs.practice}/coaches/${slugs.coach}/slots?${Object.entries(query)
        .map(([key, value]) => `${key}=${value}`)
        .join("&")}`;
    const validSlots = { from: day, to: day, timeZone: "UTC" };
    const slugs = { practice: practice.slug, coach: profile.slug };

    for (const [label, json] of HOSTILE_VALUES) {
      for (const { path } of textFieldsOf(createBookingInput)) {
        await send(`POST bookings ${path.join(".")} = ${label}`, () =>
          postJson("/api/public/bookings", jsonWith(booking, path, json)),
        );
      }
      for (const { path } of textFieldsOf(rescheduleInput)) {
        await send(`POST reschedule ${path.join(".")} = ${label}`, () =>
          postJson(`/api/public/bookings/${uid}/reschedule?token=${token}`, jsonWith({}, path, json)),
        );
      }
      await send(`POST reschedule body token = ${label}`, () =>
        postJson(`/api/public/bookings/${uid}/reschedule`, jsonWith({ start: booking.start }, ["token"], json)),
      );
    }
    for (const [label, value] of HOSTILE_URL_VALUES) {
      await send(`GET booking uid = ${label}`, () => request.get(`/api/public/bookings/${value}?token=${token}`));
      await send(`GET booking token = ${label}`, () => request.get(`/api/public/bookings/${uid}?token=${value}`));
      await send(`POST reschedule uid = ${label}`, () =>
        postJson(`/api/public/bookings/${value}/reschedule?token=${token}`, JSON.stringify({ start: booking.start })),
      );
      await send(`POST reschedule token = ${label}`, () =>
        postJson(`/api/public/bookings/${uid}/reschedule?token=${value}`, JSON.stringify({ start: booking.start })),
      );
      await send(`POST cancel uid = ${label}`, () =>
        postJson(`/api/public/bookings/${value}/cancel?token=${token}`, "{}"),
      );
      await send(`POST cancel token = ${label}`, () =>
        postJson(`/api/public/bookings/${uid}/cancel?token=${value}`, "{}"),
      );
      await send(`GET slots practice = ${label}`, () =>
        request.get(slotsPath({ ...slugs, practice: value }, validSlots)),
      );
      await send(`GET slots coach = ${label}`, () => request.get(slotsPath({ ...slugs, coach: value }, validSlots)));
      for (const key of Object.keys(validSlots)) {
        await send(`GET slots ${key} = ${label}`, () => request.get(slotsPath(slugs, { ...validSlots, [key]: value })));
      }
    }
    for (const [label, body] of [
      ["deep JSON body", "[".repeat(8_000) + "]".repeat(8_000)],
      ["deep JSON field", jsonWith(booking, ["answers"], "[".repeat(8_000) + "]".repeat(8_000))],
      ["not JSON", "{'name': \u0000}"],
    ]) {
      await send(`POST bookings ${label}`, () => postJson("/api/public/bookings", body!));
    }
    await send("POST bookings long Idempotency-Key", () =>
      postJson("/api/public/bookings", JSON.stringify(booking), { "Idempotency-Key": "k".repeat(5_000) }),
    );
    // Last, because a valid cancel ends the booking the other requests manage.
    for (const [label, json] of HOSTILE_VALUES) {
      for (const { path } of textFieldsOf(cancelInput)) {
        await send(`POST cancel ${path.join(".")} = ${label}`, () =>
          postJson(`/api/public/bookings/${uid}/cancel?token=${token}`, jsonWith({}, path, json)),
        );
      }
    }

    tally.report("public API");
    await clearRateLimits();
    expect((await request.get(slotsPath(slugs, validSlots))).status(), "a normal request afterwards").toBe(200);
  });

  // ── tRPC ──

  // Procedures of no practice take the session's user; a row of someone else's they name is one nobody has.
  const userInput = (path: string) =>
    USER_PROCEDURES[path]!.input({ sessionId: randomUUID(), passkeyId: randomUUID() });

  type ProcedureDef = { _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[] } };
  const withInputs = Object.entries(procedures as Record<string, ProcedureDef>).filter(
    ([, procedure]) => procedure._def.inputs.length > 0,
  );

  test("every tRPC procedure with an input has a valid one to start from", () => {
    const known = new Set([...Object.keys(PRACTICE_PROCEDURES), ...Object.keys(USER_PROCEDURES)]);
    expect(withInputs.map(([path]) => path).filter((path) => !known.has(path))).toEqual([]);
  });

  /** A practice with a member of every role, each signed in, and valid inputs for every procedure. */
  async function signedInPractice() {
    const { practice, members, ids } = await practiceWithEveryRole();
    const cookies = Object.fromEntries(
      await Promise.all(Object.entries(members).map(async ([role, user]) => [role, await sessionCookieFor(user.id)])),
    ) as Record<keyof typeof members, string>;
    return {
      ownerCookie: cookies.OWNER,
      /** Signed in with the first role allowed to call the procedure (the owner for user-scoped ones). */
      cookieFor: (path: string) => cookies[PRACTICE_PROCEDURES[path]?.roles[0] ?? "OWNER"],
      validInput: (path: string): Record<string, unknown> => {
        const row = PRACTICE_PROCEDURES[path];
        return row ? { practiceSlug: practice.slug, ...row.input(ids) } : userInput(path);
      },
      practiceSlug: practice.slug,
      validIds: ids,
    };
  }
  type SignedInPractice = Awaited<ReturnType<typeof signedInPractice>>;

  interface TrpcCase {
    what: string;
    path: string;
    type: ProcedureDef["_def"]["type"];
    body: (valid: Record<string, unknown>) => string;
  }

  // practiceSlug (parsed by the practiceProcedure middleware, before any procedure's own input) and
  // superjson's envelope are the same code for every procedure: a query, a mutation in a transaction
  // and one without (billing) stand for all of them, which keeps the run within about two minutes.
  const SHARED_CODE_SAMPLES = new Set(["practices.get", "practices.update", "billing.startCheckout"]);

  /** Each hostile value at each text field, plus what no field-by-field walk sends. */
  function casesFor(path: string, procedure: ProcedureDef): TrpcCase[] {
    const sampled = SHARED_CODE_SAMPLES.has(path);
    const fields = procedure._def.inputs
      .flatMap((input) => textFieldsOf(input as never))
      .filter(({ path: at }) => sampled || at.join(".") !== "practiceSlug");
    const wrap = (input: unknown) => ({ json: input });
    const cases: TrpcCase[] = [];
    const add = (what: string, body: TrpcCase["body"]) =>
      cases.push({ what: `${path} ${what}`, path, type: procedure._def.type, body });
    for (const { path: at } of fields) {
      for (const [label, json] of HOSTILE_VALUES)
        add(`${at.join(".")} = ${label}`, (valid) => jsonWith(valid, at, json, wrap));
    }
    add("whole input = deep JSON", () => jsonWith(undefined, [], DEEP_JSON, wrap));
    if (procedure._def.type === "mutation") {
      // Unknown keys are stripped by zod, but a mutation's audit row is made from the raw input.
      add("unknown …Id key = NUL byte", (valid) => jsonWith(valid, ["fuzzId"], asJson("a\u0000b"), wrap));
      add("unknown …Id key = lone surrogate", (valid) => jsonWith(valid, ["fuzzId"], asJson("\ud800"), wrap));
      add("unknown key with a NUL byte in its name", (valid) =>
        JSON.stringify(wrap({ ...valid, "fuzz\u0000Id": "x" })),
      );
    }
    if (sampled) {
      add("superjson meta naming an unknown type", (valid) =>
        JSON.stringify({ json: valid, meta: { values: { practiceSlug: ["custom", "Nope"] } } }),
      );
    }
    return cases;
  }

  // Requests run in lanes, each against a practice of its own, so that no two requests in flight
  // touch the same rows: a clash between them would be a different bug from the one sought here.
  const LANES = 6;

  test("tRPC: every text field of every procedure, signed in with a role allowed to call it", async ({ request }) => {
    test.setTimeout(240_000);
    const lanes = await Promise.all(Array.from({ length: LANES }, () => signedInPractice()));
    const cases = withInputs.flatMap(([path, procedure]) => casesFor(path, procedure));
    const send = (lane: SignedInPractice, { path, type, body }: TrpcCase) => {
      const json = body(lane.validInput(path));
      const headers = { Cookie: lane.cookieFor(path), Origin: origin() };
      return type === "mutation"
        ? request.post(`/api/trpc/${path}`, { data: json, headers: { ...headers, "Content-Type": "application/json" } })
        : request.get(`/api/trpc/${path}?input=${encodeURIComponent(json)}`, { headers });
    };

    const tally = new Tally();
    await Promise.all(
      lanes.map(async (lane, index) => {
        for (const fuzzCase of cases.filter((_, position) => position % LANES === index)) {
          await tally.record(fuzzCase.what, send(lane, fuzzCase));
        }
      }),
    );
    tally.report("tRPC procedures");

    const { practiceSlug, ownerCookie } = lanes[0]!;
    const query = await request.get(
      `/api/trpc/practices.get?input=${encodeURIComponent(JSON.stringify({ json: { practiceSlug } }))}`,
      { headers: { Cookie: ownerCookie } },
    );
    expect(query.status(), "a normal query afterwards").toBe(200);
    const mutation = await request.post("/api/trpc/profile.update", {
      data: { json: userInput("profile.update") },
      headers: { Cookie: ownerCookie, Origin: origin() },
    });
    expect(mutation.status(), "a normal mutation afterwards").toBe(200);
  });

  test("pages: every path segment and query value a page reads", async ({ request }) => {
    test.setTimeout(150_000);
    const db = e2eDb();
    const staff = await signedInPractice();
    const { practice } = await createPractice(db);
    const { profile } = await createBookableCoach(db, practice.id, { timeZone: "UTC" });
    await clearRateLimits();
    const day = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
    const booked = await request.post("/api/public/bookings", {
      data: {
        practiceSlug: practice.slug,
        coachSlug: profile.slug,
        start: `${day}T11:00:00.000Z`,
        name: "Fuzz Page Booker",
        email: `fuzz-page-${Date.now().toString(36)}@example.com`,
        timeZone: "UTC",
      },
    });
    expect(booked.status()).toBe(201);
    const manage = new URL(((await booked.json()) as { manageUrl: string }).manageUrl);
    const booking = `${manage.pathname}?token=${manage.searchParams.get("token")}`;
    const coachPage = `/book/${practice.slug}/${profile.slug}`;
    const own = `/p/${staff.practiceSlug}`;
    const { projectId } = staff.validIds;

    // Each page with `{}` where the hostile value goes; signed in as the practice's owner for /p/….
    const PAGES = [
      "/book/{}",
      `/book/${practice.slug}/{}`,
      `${coachPage}?date={}`,
      `${coachPage}?start={}`,
      `${coachPage}?month={}`,
      `${coachPage}?tz={}`,
      `${coachPage}?reschedule={}&token={}`,
      "/bookings/{}?token=abcdefghijklmnopqrstuvwxyz",
      `${manage.pathname}?token={}`,
      `${booking}&tz={}`,
      "/invite/{}",
      "/email/unsubscribe?token={}",
      "/api/email/unsubscribe?token={}",
      "/signin?callbackUrl={}",
      "/signin/confirm?token={}&email={}",
      "/signin/error?error={}",
      "/p/{}",
      `${own}/projects/{}`,
      `${own}/projects/{}/settings`,
      `${own}/projects/{}/synthesis`,
      `${own}/projects/{}/check-in`,
      `${own}/projects/{}/export/csv`,
      `${own}/projects/${projectId}/export/{}`,
      `${own}/projects?status={}`,
      `${own}/projects/new?clientId={}&templateId={}`,
      `${own}/clients/{}`,
      `${own}/interviews/{}/reflection`,
      `${own}/audit?cursor={}`,
      `${own}/reviews?after={}`,
    ];

    const tally = new Tally();
    const headers = { Cookie: staff.ownerCookie };
    for (const page of PAGES) {
      for (const [label, value] of HOSTILE_URL_VALUES) {
        await clearRateLimits();
        await tally.record(
          `GET ${page} with ${label}`,
          request.get(page.replaceAll("{}", value), { headers, maxRedirects: 0 }),
        );
      }
    }
    tally.report("pages");
    expect((await request.get(booking)).status(), "a normal page afterwards").toBe(200);
  });

  test("bodies over the limit are refused before they are read, with or without Content-Length", async ({
    request,
  }) => {
    const tooLong = "x".repeat(2 * 1024 * 1024);
    // Signed in, because an anonymous call is refused before its input is read at all.
    const cookie = await sessionCookieFor((await createUser(e2eDb())).id);
    const declared = await request.post("/api/trpc/profile.update", {
      data: JSON.stringify({ json: { name: tooLong, timeZone: "UTC" } }),
      headers: { "Content-Type": "application/json", Origin: origin(), Cookie: cookie },
    });
    expect(declared.status()).toBe(413);
    expect(await declared.json()).toMatchObject({
      error: { json: { data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } },
    });

    await clearRateLimits();
    const publicDeclared = await request.post("/api/public/bookings", {
      data: JSON.stringify({ name: tooLong }),
      headers: { "Content-Type": "application/json" },
    });
    expect(publicDeclared.status()).toBe(413);
    expect((await publicDeclared.json()).error.code).toBe("TOO_LARGE");

    for (const [path, headers] of [
      ["/api/trpc/profile.update", { Cookie: cookie }],
      ["/api/public/bookings", {}],
    ] as const) {
      await clearRateLimits();
      const { status, bytesSent } = await postChunked(path, headers, 64 * 1024 * 1024);
      expect(status, `${path} without Content-Length`).toBe(413);
      console.log(`[fuzz] ${path}: chunked body refused after ${Math.round(bytesSent / 1024)} KB sent`);
      expect(bytesSent, "the server stops reading long before 64 MB").toBeLessThan(64 * 1024 * 1024);
    }
  });
});

/**
 * Streams up to `limit` bytes of a JSON string with Transfer-Encoding: chunked (no Content-Length)
 * and stops as soon as the server answers. Resolves with the status and how much was sent by then.
 */
function postChunked(
  path: string,
  headers: Record<string, string>,
  limit: number,
): Promise<{ status: number; bytesSent: number }> {
  const url = new URL(path, origin());
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const req = httpRequest(url, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json", "Transfer-Encoding": "chunked", Origin: url.origin },
    });
    req.on("response", (response) => {
      answered = true;
      response.resume();
      resolve({ status: response.statusCode ?? 0, bytesSent });
      req.destroy();
    });
    // Once the server has answered it may close the connection under our writes.
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, "x");
    const writeMore = () => {
      while (!answered && bytesSent < limit) {
        bytesSent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", writeMore);
      }
      if (!answered) req.end('"}}');
    };
    req.write('{"json":{"name":"');
    writeMore();
  });
}
