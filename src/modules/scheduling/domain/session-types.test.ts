import { describe, expect, it } from "vitest";
import { computeAvailableSlots, validateAvailabilityRules } from "./availability";
import {
  availabilityFor,
  DEFAULT_DISCOVERY_RULES,
  DISCOVERY_INTAKE_QUESTIONS,
  locationSummary,
  sessionTypeBookingPath,
  storedIntakeQuestions,
  storedSchedule,
  storedSessionType,
  type StoredSessionTypeRow,
} from "./session-types";

const row = (patch: Partial<StoredSessionTypeRow> = {}): StoredSessionTypeRow => ({
  id: "st_1",
  slug: "interview-debrief",
  name: "Interview debrief",
  description: null,
  kind: "COACHING",
  visibility: "LINK",
  durationMinutes: 30,
  slotIntervalMinutes: 15,
  bufferBeforeMinutes: 5,
  bufferAfterMinutes: 10,
  minimumNoticeMinutes: 120,
  horizonDays: 21,
  maxSessionsPerDay: 4,
  locationKind: "PHONE_BOOKER",
  locationDetail: null,
  intakeQuestions: [
    {
      id: "which",
      label: "Which interview?",
      kind: "SINGLE_CHOICE",
      required: true,
      maxLength: 100,
      options: ["Today", "This week"],
    },
  ],
  reminderMinutesBefore: [1440, 60],
  changeWindowHours: 12,
  ...patch,
});

describe("a stored session type", () => {
  it("groups its rules for the slot engine and types its location and questions", () => {
    expect(storedSessionType(row())).toEqual({
      id: "st_1",
      slug: "interview-debrief",
      name: "Interview debrief",
      description: null,
      kind: "COACHING",
      visibility: "LINK",
      rules: {
        durationMinutes: 30,
        slotIntervalMinutes: 15,
        bufferBeforeMinutes: 5,
        bufferAfterMinutes: 10,
        minimumNoticeMinutes: 120,
        horizonDays: 21,
        maxSessionsPerDay: 4,
      },
      location: { kind: "PHONE_BOOKER", detail: null },
      intakeQuestions: [
        {
          id: "which",
          label: "Which interview?",
          kind: "SINGLE_CHOICE",
          required: true,
          maxLength: 100,
          options: ["Today", "This week"],
        },
      ],
      reminderMinutesBefore: [1440, 60],
      changeWindowHours: 12,
    });
  });

  it("reads questions written without a bound or choices with the kind's defaults, and drops choices of text", () => {
    const questions = storedIntakeQuestions([
      { id: "a", label: "Short", kind: "SHORT_TEXT", required: false },
      { id: "b", label: "Long", kind: "LONG_TEXT", required: true, options: ["stray"] },
    ]);
    expect(questions).toEqual([
      { id: "a", label: "Short", kind: "SHORT_TEXT", required: false, maxLength: 200, options: [] },
      { id: "b", label: "Long", kind: "LONG_TEXT", required: true, maxLength: 1000, options: [] },
    ]);
  });

  it.each([
    ["not a list", { fieldsOfInterest: "x" }],
    ["null", null],
    ["a string", "[]"],
    ["an unknown kind", [{ id: "a", label: "Q", kind: "DATE", required: false }]],
    ["a question without an id", [{ label: "Q", kind: "SHORT_TEXT", required: false }]],
    [
      "one bad question among good ones",
      [{ ...DISCOVERY_INTAKE_QUESTIONS[0] }, { id: "b", label: "", kind: "SHORT_TEXT", required: false }],
    ],
  ])("asks nothing when the stored questions are %s", (_, json) => {
    expect(storedIntakeQuestions(json)).toEqual([]);
    expect(storedSessionType(row({ intakeQuestions: json })).intakeQuestions).toEqual([]);
  });

  it("does not share the reminder list with the row", () => {
    const stored = row();
    storedSessionType(stored).reminderMinutesBefore.push(5);
    expect(stored.reminderMinutesBefore).toEqual([1440, 60]);
  });
});

describe("the slot engine's rules for one type", () => {
  const schedule = storedSchedule({
    timeZone: "Europe/London",
    weeklyHours: [{ weekday: 1, ranges: [{ start: "09:00", end: "11:00" }] }],
    dateOverrides: [{ date: "2026-12-24", ranges: [] }],
  });

  it("joins the coach's one schedule with the type's rules", () => {
    const rules = availabilityFor(schedule, storedSessionType(row()).rules);
    expect(rules).toEqual({
      timeZone: "Europe/London",
      weekly: [{ weekday: 1, ranges: [{ start: "09:00", end: "11:00" }] }],
      overrides: [{ date: "2026-12-24", ranges: [] }],
      sessionMinutes: 30,
      slotIntervalMinutes: 15,
      bufferBeforeMinutes: 5,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 120,
      horizonDays: 21,
      maxSessionsPerDay: 4,
    });
    expect(validateAvailabilityRules(rules)).toEqual([]);
  });

  it("offers each type its own grid on the same hours", () => {
    const slotsFor = (durationMinutes: number, slotIntervalMinutes: number) =>
      computeAvailableSlots({
        rules: availabilityFor(schedule, { ...DEFAULT_DISCOVERY_RULES, durationMinutes, slotIntervalMinutes }),
        bookings: [],
        now: new Date("2026-12-01T00:00:00Z"),
        from: new Date("2026-12-07T00:00:00Z"),
        to: new Date("2026-12-08T00:00:00Z"),
      }).map((slot) => slot.start.toISOString().slice(11, 16));
    expect(slotsFor(20, 30)).toEqual(["09:00", "09:30", "10:00", "10:30"]);
    expect(slotsFor(45, 30)).toEqual(["09:00", "09:30", "10:00"]);
    expect(slotsFor(90, 60)).toEqual(["09:00"]);
  });
});

describe("where a session happens, before booking", () => {
  it("names a video call by its host only and gives no phone number, but the whole address", () => {
    expect(locationSummary({ kind: "VIDEO", detail: "https://www.whereby.com/fieldnotes-maya" })).toBe(
      "Video call on whereby.com",
    );
    expect(locationSummary({ kind: "VIDEO", detail: "https://zoom.us/j/123?pwd=secret" })).toBe(
      "Video call on zoom.us",
    );
    expect(locationSummary({ kind: "VIDEO", detail: "not a url" })).toBe("Video call");
    expect(locationSummary({ kind: "PHONE_COACH", detail: "+44 20 7946 0000" })).not.toContain("7946");
    expect(locationSummary({ kind: "PHONE_BOOKER", detail: null })).toBe("Phone call: your coach calls you");
    expect(locationSummary({ kind: "IN_PERSON", detail: "12 Harbour Street, Leith" })).toBe(
      "In person at 12 Harbour Street, Leith",
    );
    expect(locationSummary({ kind: "NONE", detail: null })).toBe("Your coach will share where you meet");
  });
});

describe("a type's booking address", () => {
  const at = (visibility: "PUBLIC" | "CLIENTS" | "LINK", linkToken: string | null = null) =>
    sessionTypeBookingPath({
      practiceSlug: "northstar",
      coachSlug: "maya-chen",
      type: { slug: "interview-debrief", visibility, linkToken },
    });

  it("sits under the coach's page, with the secret for a link-only type and none for clients only", () => {
    expect(at("PUBLIC")).toBe("/book/northstar/maya-chen/interview-debrief");
    expect(at("LINK", "s3cr-et_")).toBe("/book/northstar/maya-chen/interview-debrief?t=s3cr-et_");
    expect(at("LINK")).toBeNull();
    expect(at("CLIENTS", "leftover")).toBeNull();
  });
});
