import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "~/server/clock";
import { type GoogleDouble, startGoogleDouble } from "~/test/google-double";
import { deleteEvent, freeBusy, listCalendars, type OutgoingEvent, upsertEvent } from "./google-calendar";
import { type GoogleConfig, GoogleError } from "./google-http";
import { exchangeCode, googleAuthorizationUrl, refreshAccessToken, withGoogleAccess } from "./google-oauth";

const REDIRECT_URI = "http://localhost:3000/api/calendars/google/callback";
const at = (iso: string) => new Date(iso);

let google: GoogleDouble;
let config: GoogleConfig;

beforeEach(async () => {
  google = await startGoogleDouble({ email: "coach@example.com" });
  config = google.config();
});
afterEach(() => google.stop());

/** Plays the coach's browser on the consent page: the code Google hands back to our callback. */
async function consent(state = "state-1") {
  const response = await fetch(googleAuthorizationUrl(config, { redirectUri: REDIRECT_URI, state }), {
    redirect: "manual",
  });
  expect(response.status).toBe(302);
  return new URL(response.headers.get("location")!);
}

async function connect() {
  const code = (await consent()).searchParams.get("code")!;
  return exchangeCode(config, { code, redirectUri: REDIRECT_URI });
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("expected a GoogleError"),
    (error: unknown) => {
      expect(error).toBeInstanceOf(GoogleError);
      return error as GoogleError;
    },
  );

describe("OAuth", () => {
  it("sends the coach to consent for offline calendar access, and trades the code for tokens", async () => {
    const url = googleAuthorizationUrl(config, {
      redirectUri: REDIRECT_URI,
      state: "s-42",
      loginHint: "coach@example.com",
    });
    const back = new URL((await fetch(url, { redirect: "manual" })).headers.get("location")!);
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URI);
    expect(back.searchParams.get("state")).toBe("s-42");

    const [asked] = google.requestsTo("GET", "/o/oauth2/v2/auth");
    expect(asked!.query).toMatchObject({
      client_id: google.clientId,
      redirect_uri: REDIRECT_URI,
      response_type: "code",
      access_type: "offline",
      prompt: "consent",
      include_granted_scopes: "true",
      login_hint: "coach@example.com",
    });
    expect(asked!.query.scope!.split(" ")).toEqual(
      expect.arrayContaining([
        "https://www.googleapis.com/auth/calendar.freebusy",
        "https://www.googleapis.com/auth/calendar.events",
        "https://www.googleapis.com/auth/calendar.calendarlist.readonly",
      ]),
    );

    const clock = fixedClock("2026-03-02T09:00:00Z");
    const tokens = await exchangeCode(
      config,
      { code: back.searchParams.get("code")!, redirectUri: REDIRECT_URI },
      clock,
    );
    expect(tokens.refreshToken).toEqual(expect.any(String));
    expect(tokens.email).toBe("coach@example.com");
    expect(tokens.expiresAt).toEqual(at("2026-03-02T09:59:59Z"));
    const [exchange] = google.requestsTo("POST", "/token");
    expect(exchange!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(exchange!.body).toEqual({
      grant_type: "authorization_code",
      code: back.searchParams.get("code"),
      redirect_uri: REDIRECT_URI,
      client_id: google.clientId,
      client_secret: google.clientSecret,
    });

    const refreshed = await refreshAccessToken(config, tokens.refreshToken!);
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed.refreshToken).toBeNull();
    expect(google.requestsTo("POST", "/token")[1]!.body).toMatchObject({
      grant_type: "refresh_token",
      refresh_token: tokens.refreshToken,
    });
    await expect(listCalendars(config, refreshed.accessToken)).resolves.toHaveLength(1);
  });

  it("cannot use a code twice", async () => {
    const code = (await consent()).searchParams.get("code")!;
    await exchangeCode(config, { code, redirectUri: REDIRECT_URI });
    expect((await rejection(exchangeCode(config, { code, redirectUri: REDIRECT_URI }))).reason).toBe("revoked");
  });

  it("says the calendar must be connected again when Google revoked the grant (invalid_grant)", async () => {
    const tokens = await connect();
    google.revokeAccess();
    const error = await rejection(refreshAccessToken(config, tokens.refreshToken!));
    expect(error.reason).toBe("revoked");
    expect(error.message).toBe("Google no longer lets Fieldnotes read this calendar: connect it again.");
  });

  it("points an administrator at the client settings when Google refuses the client", async () => {
    const code = (await consent()).searchParams.get("code")!;
    const wrongSecret = { ...config, clientSecret: "not-the-secret" };
    const error = await rejection(exchangeCode(wrongSecret, { code, redirectUri: REDIRECT_URI }));
    expect(error.message).toMatch(/GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET/);
  });
});

describe("access tokens", () => {
  const listAll = (accessToken: string) => listCalendars(config, accessToken);
  const calls = () => google.requests.filter((request) => request.path !== "/o/oauth2/v2/auth").slice(1);

  it("answers 401 for a token Google does not accept", async () => {
    const error = await rejection(listCalendars(config, "ya29.made-up"));
    expect(error.reason).toBe("unauthorized");
    expect(google.requests.at(-1)!.headers.authorization).toBe("Bearer ya29.made-up");
  });

  it("refreshes and retries once when Google refuses a token that had not expired yet", async () => {
    const tokens = await connect();
    google.expireAccessTokens();
    const held = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken!, expiresAt: tokens.expiresAt };
    const { result, grant, refreshed } = await withGoogleAccess(config, held, listAll);
    expect(result).toHaveLength(1);
    expect(refreshed).toBe(true);
    expect(grant.refreshToken).toBe(held.refreshToken);
    expect(
      calls().map((request) => `${request.method} ${request.path} ${request.headers.authorization ?? ""}`),
    ).toEqual([
      `GET /calendar/v3/users/me/calendarList Bearer ${held.accessToken}`,
      "POST /token ",
      `GET /calendar/v3/users/me/calendarList Bearer ${grant.accessToken}`,
    ]);
  });

  it("refreshes first when the held token is about to expire, and keeps a valid one", async () => {
    const tokens = await connect();
    const held = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken!, expiresAt: tokens.expiresAt };
    const fresh = await withGoogleAccess(config, held, listAll, fixedClock(new Date(Date.now() + 10 * 60_000)));
    expect(fresh.refreshed).toBe(false);
    expect(fresh.grant).toBe(held);

    const nearlyExpired = fixedClock(new Date(tokens.expiresAt.getTime() - 30_000));
    const stale = await withGoogleAccess(config, held, listAll, nearlyExpired);
    expect(stale.refreshed).toBe(true);
    expect(
      calls()
        .slice(1)
        .map((request) => request.path),
    ).toEqual(["/token", "/calendar/v3/users/me/calendarList"]);
  });

  it("reports revoked when the refresh fails, without calling the API again", async () => {
    const tokens = await connect();
    google.revokeAccess();
    const held = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken!, expiresAt: tokens.expiresAt };
    expect((await rejection(withGoogleAccess(config, held, listAll))).reason).toBe("revoked");
    expect(calls().map((request) => request.path)).toEqual(["/calendar/v3/users/me/calendarList", "/token"]);
  });
});

describe("the fetch policy", () => {
  it("is the one the config names: the double's address is refused without it", async () => {
    const { accessToken } = await connect();
    const before = google.requests.length;
    const error = await rejection(listCalendars({ ...config, policy: { allowedHosts: [] } }, accessToken));
    expect(error.reason).toBe("blocked_address");
    expect(google.requests).toHaveLength(before);
  });
});

describe("calendars and free/busy", () => {
  it("lists every calendar, following Google's pages", async () => {
    await google.stop();
    google = await startGoogleDouble({ calendarPageSize: 2 });
    config = google.config();
    google.addCalendar({ id: "work@example.com", summary: "Work", accessRole: "writer", timeZone: "America/New_York" });
    google.addCalendar({ id: "team@example.com", summary: "Team", accessRole: "freeBusyReader" });
    const { accessToken } = await connect();

    const calendars = await listCalendars(config, accessToken);
    expect(calendars).toEqual([
      {
        id: "coach@example.com",
        summary: "coach@example.com",
        primary: true,
        accessRole: "owner",
        timeZone: "Europe/London",
      },
      { id: "work@example.com", summary: "Work", primary: false, accessRole: "writer", timeZone: "America/New_York" },
      { id: "team@example.com", summary: "Team", primary: false, accessRole: "freeBusyReader", timeZone: "UTC" },
    ]);
    const pages = google.requestsTo("GET", "/calendar/v3/users/me/calendarList");
    expect(pages.map((page) => page.query.pageToken)).toEqual([undefined, "2"]);
  });

  it("returns each calendar's busy periods and Google's per-calendar errors", async () => {
    google.addCalendar({ id: "work@example.com" });
    google.addEvent("coach@example.com", { start: at("2026-03-03T09:00:00Z"), end: at("2026-03-03T10:00:00Z") });
    google.addEvent("coach@example.com", {
      start: at("2026-03-04T09:00:00Z"),
      end: at("2026-03-04T10:00:00Z"),
      transparent: true,
    });
    google.addEvent("work@example.com", { start: at("2026-03-05T14:00:00Z"), end: at("2026-03-05T15:30:00Z") });
    google.addEvent("work@example.com", { start: at("2026-04-01T14:00:00Z"), end: at("2026-04-01T15:00:00Z") });
    const { accessToken } = await connect();

    const window = { from: at("2026-03-02T00:00:00Z"), to: at("2026-03-16T00:00:00Z") };
    const calendarIds = ["coach@example.com", "work@example.com", "deleted@example.com"];
    const busy = await freeBusy(config, accessToken, { calendarIds, ...window });

    expect([...busy.keys()]).toEqual(calendarIds);
    expect(busy.get("coach@example.com")).toEqual([
      { startMs: Date.parse("2026-03-03T09:00:00Z"), endMs: Date.parse("2026-03-03T10:00:00Z") },
    ]);
    expect(busy.get("work@example.com")).toEqual([
      { startMs: Date.parse("2026-03-05T14:00:00Z"), endMs: Date.parse("2026-03-05T15:30:00Z") },
    ]);
    expect(busy.get("deleted@example.com")).toEqual({
      error: "not_found",
      message: expect.stringMatching(/cannot find/),
    });
    const [sent] = google.requestsTo("POST", "/calendar/v3/freeBusy");
    expect(sent!.headers.authorization).toBe(`Bearer ${accessToken}`);
    expect(sent!.body).toEqual({
      timeMin: "2026-03-02T00:00:00.000Z",
      timeMax: "2026-03-16T00:00:00.000Z",
      items: calendarIds.map((id) => ({ id })),
    });
  });

  it("asks about at most 50 calendars per request", async () => {
    const { accessToken } = await connect();
    const calendarIds = Array.from({ length: 51 }, (_, index) => `calendar-${index}@example.com`);
    const busy = await freeBusy(config, accessToken, {
      calendarIds,
      from: at("2026-03-02T00:00:00Z"),
      to: at("2026-03-03T00:00:00Z"),
    });
    expect(busy.size).toBe(51);
    const sizes = google
      .requestsTo("POST", "/calendar/v3/freeBusy")
      .map((request) => (request.body as { items: unknown[] }).items.length);
    expect(sizes).toEqual([50, 1]);
  });

  it.each([
    [403, { error: { code: 403, errors: [{ reason: "rateLimitExceeded" }] } }, "rate_limited"],
    [429, { error: { code: 429, errors: [{ reason: "rateLimitExceeded" }] } }, "rate_limited"],
    [403, { error: { code: 403, errors: [{ reason: "insufficientPermissions" }] } }, "forbidden"],
    [500, { error: { code: 500, errors: [{ reason: "backendError" }] } }, "bad_response"],
    [200, { calendars: { "coach@example.com": { busy: [{ start: "soon", end: "later" }] } } }, "bad_response"],
    [200, "<html>not json</html>", "bad_response"],
  ])("turns an answer of %i %j into %s", async (status, body, reason) => {
    const { accessToken } = await connect();
    google.failNext("POST", /freeBusy$/, status, body);
    const query = {
      calendarIds: ["coach@example.com"],
      from: at("2026-03-02T00:00:00Z"),
      to: at("2026-03-03T00:00:00Z"),
    };
    expect((await rejection(freeBusy(config, accessToken, query))).reason).toBe(reason);
  });
});

describe("sessions written to Google", () => {
  const session: OutgoingEvent = {
    iCalUID: "booking-7f3a@fieldnotes.app",
    summary: "Coaching session with Ada",
    description: "Booked through Fieldnotes.",
    location: "https://meet.example.com/ada",
    start: at("2026-03-10T15:00:00Z"),
    end: at("2026-03-10T16:00:00Z"),
  };
  const eventsPath = "/calendar/v3/calendars/coach%40example.com/events";

  it("inserts with the session's UID, updates the same event, and deletes it", async () => {
    const { accessToken } = await connect();

    const { eventId } = await upsertEvent(config, accessToken, "coach@example.com", session, null);
    const [insert] = google.requestsTo("POST", eventsPath);
    expect(insert!.query).toEqual({ sendUpdates: "none" });
    expect(insert!.body).toEqual({
      iCalUID: session.iCalUID,
      summary: session.summary,
      description: session.description,
      location: session.location,
      start: { dateTime: "2026-03-10T15:00:00.000Z" },
      end: { dateTime: "2026-03-10T16:00:00.000Z" },
    });

    const moved = { ...session, start: at("2026-03-11T15:00:00Z"), end: at("2026-03-11T16:00:00Z"), location: null };
    await expect(upsertEvent(config, accessToken, "coach@example.com", moved, eventId)).resolves.toEqual({ eventId });
    const [patch] = google.requestsTo("PATCH", `${eventsPath}/${eventId}`);
    expect(patch!.body).toMatchObject({ start: { dateTime: "2026-03-11T15:00:00.000Z" }, location: null });
    expect(google.eventsIn("coach@example.com")).toEqual([
      expect.objectContaining({
        id: eventId,
        iCalUID: session.iCalUID,
        start: moved.start,
        location: null,
        status: "confirmed",
      }),
    ]);

    await deleteEvent(config, accessToken, "coach@example.com", eventId);
    expect(google.requestsTo("DELETE", `${eventsPath}/${eventId}`)).toHaveLength(1);
    expect(google.events.get(eventId)!.status).toBe("cancelled");
    // Deleting what is already gone (410) is done, not a failure.
    await deleteEvent(config, accessToken, "coach@example.com", eventId);
    await deleteEvent(config, accessToken, "coach@example.com", "never-existed");
  });

  it("inserts again when the known event is gone from Google", async () => {
    const { accessToken } = await connect();
    const { eventId } = await upsertEvent(config, accessToken, "coach@example.com", session, "deleted-in-google");
    expect(google.requestsTo("PATCH", `${eventsPath}/deleted-in-google`)).toHaveLength(1);
    expect(google.eventsIn("coach@example.com")).toEqual([
      expect.objectContaining({ id: eventId, iCalUID: session.iCalUID }),
    ]);
  });

  it("updates the event that already holds the UID instead of failing on Google's duplicate answer", async () => {
    const { accessToken } = await connect();
    const first = await upsertEvent(config, accessToken, "coach@example.com", session, null);
    await deleteEvent(config, accessToken, "coach@example.com", first.eventId);

    // A retried job that never learnt the event's id, after the coach deleted it in Google.
    const again = await upsertEvent(config, accessToken, "coach@example.com", session, null);
    expect(again).toEqual(first);
    expect(google.requestsTo("GET", eventsPath)[0]!.query).toEqual({ iCalUID: session.iCalUID, showDeleted: "true" });
    expect(google.eventsIn("coach@example.com")).toEqual([
      expect.objectContaining({ id: first.eventId, status: "confirmed" }),
    ]);
  });

  it("says so when the chosen calendar no longer exists", async () => {
    const { accessToken } = await connect();
    const error = await rejection(upsertEvent(config, accessToken, "removed@example.com", session, null));
    expect(error.reason).toBe("not_found");
  });
});
