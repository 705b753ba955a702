import { describe, expect, it } from "vitest";
import { createBookableCoach, createBookingRow, createPractice } from "../../../../prisma/factories";
import { GET } from "~/app/calendar-feeds/[token]/sessions.ics/route";
import { prisma } from "~/server/db/client";
import { callerFor } from "~/test/callers";

const DAY_MS = 86_400_000;

async function download(url: string) {
  const token = new URL(url).pathname.split("/")[2]!;
  return GET(new Request(url), { params: Promise.resolve({ token }) });
}

describe("a coach's private session feed", () => {
  it("lists their upcoming sessions only, under a secret that can be replaced and turned off", async () => {
    const { practice } = await createPractice(prisma);
    const coach = await createBookableCoach(prisma, practice.id);
    const other = await createBookableCoach(prisma, practice.id);
    const upcoming = await createBookingRow(prisma, coach.profile, new Date(Date.now() + 2 * DAY_MS));
    const cancelled = await createBookingRow(prisma, coach.profile, new Date(Date.now() + 3 * DAY_MS));
    await prisma.booking.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    const longAgo = await createBookingRow(prisma, coach.profile, new Date(Date.now() - 30 * DAY_MS));
    const someoneElses = await createBookingRow(prisma, other.profile, new Date(Date.now() + 2 * DAY_MS));
    const api = callerFor(coach.user);

    expect((await api.calendars.overview({ practiceSlug: practice.slug })).sessionFeedUrl).toBeNull();
    const { url } = await api.calendars.regenerateSessionFeed({ practiceSlug: practice.slug });
    expect((await api.calendars.overview({ practiceSlug: practice.slug })).sessionFeedUrl).toBe(url);

    const response = await download(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    const ics = await response.text();
    expect(ics).toContain(`UID:${upcoming.uid}@fieldnotes`);
    for (const hidden of [cancelled, longAgo, someoneElses]) expect(ics).not.toContain(hidden.uid);
    expect(ics).not.toMatch(/ATTENDEE|METHOD/);

    const { url: replaced } = await api.calendars.regenerateSessionFeed({ practiceSlug: practice.slug });
    expect(replaced).not.toBe(url);
    expect((await download(url)).status).toBe(404);
    expect((await download(replaced)).status).toBe(200);

    await api.calendars.revokeSessionFeed({ practiceSlug: practice.slug });
    expect((await download(replaced)).status).toBe(404);
    expect((await download("http://localhost/calendar-feeds/%00bad/sessions.ics")).status).toBe(404);
  });
});
