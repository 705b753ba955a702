import { googleDouble } from "~/test/google-env";
import { describe, expect, it } from "vitest";
import { createBookableCoach } from "../../../../prisma/factories";
import { bookPublicSession, cancelByBooker } from "~/modules/bookings/server/public-bookings.service";
import { prisma } from "~/server/db/client";
import { type AppError } from "~/server/errors";
import { calendarTestCoach, dayAhead } from "~/test/calendar-coach";
import { callerFor, expectTRPCError } from "~/test/callers";
import { refreshConnection } from "./calendar-refresh";
import { googleConfigFromEnv } from "./google-http";
import { syncSessionCopy } from "./session-copy-writer";

// A coach connects Google Calendar through the OAuth round trip (against a local double of Google that records
// what it was sent): busy times come in by free/busy, sessions go out keyed by the invitation's UID, and a grant
// the coach revoked says so.

const HOUR = 3_600_000;
const day = dayAhead(4);
const { coach, api, offeredOn } = calendarTestCoach();
const offered = () => offeredOn(day.date);
const settings = () => ({ refreshMinutes: 5, google: googleConfigFromEnv() });

/** Follows the consent URL as the coach's browser would; the double consents at once and redirects back. */
async function consent(url: string) {
  const answer = await fetch(url, { redirect: "manual" });
  const back = new URL(answer.headers.get("location")!);
  return { code: back.searchParams.get("code")!, state: back.searchParams.get("state")!, redirect: back };
}

describe("Google Calendar", () => {
  let connectionId: string;

  it("connects through Google's consent page and removes the primary calendar's busy times", async () => {
    googleDouble.addEvent(googleDouble.email, { start: day.at(13), end: day.at(14) });
    googleDouble.addCalendar({ id: "team@group.calendar.google.com", summary: "Team" });

    const { url } = await api().calendars.startGoogle({ practiceSlug: coach.practiceSlug });
    const { code, state, redirect } = await consent(url);
    expect(redirect.pathname).toBe("/api/calendars/google/callback");

    const connection = await api().calendars.completeGoogle({ practiceSlug: coach.practiceSlug, code, state });
    connectionId = connection.id;
    expect(connection).toMatchObject({ kind: "GOOGLE", label: googleDouble.email, error: null });
    expect(connection.calendars.map((c) => [c.displayName, c.blocksTime])).toEqual(
      expect.arrayContaining([
        [googleDouble.email, true],
        ["Team", false],
      ]),
    );
    const slots = await offered();
    expect(slots).not.toContain(day.at(13).toISOString());
    expect(slots).toContain(day.at(12).toISOString());
    const [freeBusy] = googleDouble.requestsTo("POST", "/calendar/v3/freeBusy");
    expect(freeBusy?.body).toMatchObject({ items: [{ id: googleDouble.email }] });
  });

  it("refuses a consent it did not start, or one used twice", async () => {
    const { url } = await api().calendars.startGoogle({ practiceSlug: coach.practiceSlug });
    const { code, state } = await consent(url);
    const stranger = await createBookableCoach(
      prisma,
      (await prisma.practice.findUniqueOrThrow({ where: { slug: coach.practiceSlug } })).id,
    );
    const error = await expectTRPCError(
      callerFor(stranger.user).calendars.completeGoogle({ practiceSlug: coach.practiceSlug, code, state }),
      "BAD_REQUEST",
    );
    expect((error.cause as AppError).message).toMatch(/expired or was not started here/);
    await expectTRPCError(
      api().calendars.completeGoogle({ practiceSlug: coach.practiceSlug, code, state: `${state.slice(0, -2)}xx` }),
      "BAD_REQUEST",
    );
  });

  it("writes sessions to the chosen calendar with the invitation's UID, and does not count them as busy", async () => {
    const [primary] = (
      await api().calendars.overview({ practiceSlug: coach.practiceSlug })
    ).connections[0]!.calendars.filter((calendar) => calendar.displayName === googleDouble.email);
    await api().calendars.updateCalendar({
      practiceSlug: coach.practiceSlug,
      calendarId: primary!.id,
      receivesSessions: true,
    });
    const made = await bookPublicSession(
      {
        practiceSlug: coach.practiceSlug,
        coachSlug: coach.coachSlug,
        name: "Sam Lee",
        email: "sam@example.com",
        timeZone: "UTC",
        answers: { fieldsOfInterest: "", whatPrompted: "" },
        start: day.at(10).toISOString(),
      },
      { now: new Date() },
    );
    await syncSessionCopy(made.booking.id, settings());
    const written = [...googleDouble.events.values()].find(
      (event) => event.iCalUID === `${made.booking.uid}@fieldnotes`,
    );
    expect(written).toMatchObject({ status: "confirmed", calendarId: googleDouble.email, start: day.at(10) });

    await refreshConnection(connectionId, new Date(), settings());
    const blocks = await prisma.calendarBusyBlock.findMany({ select: { startAt: true } });
    expect(blocks.map((block) => block.startAt.toISOString())).toEqual([day.at(13).toISOString()]);

    await cancelByBooker(made.booking.uid, made.manageToken, null, new Date());
    await syncSessionCopy(made.booking.id, settings());
    expect(googleDouble.events.get(written!.id)?.status).toBe("cancelled");
  });

  it("says so in plain words when the coach revoked Fieldnotes' access, keeping the last busy times", async () => {
    googleDouble.revokeAccess();
    expect(await refreshConnection(connectionId, new Date(Date.now() + 2 * HOUR), settings())).toBe("failed");
    const [connection] = (await api().calendars.overview({ practiceSlug: coach.practiceSlug })).connections;
    expect(connection).toMatchObject({ error: { code: "revoked" }, busyBlockCount: 1 });
    expect(connection!.error!.message).toMatch(/^Google no longer lets Fieldnotes read this calendar/);
  });
});
