import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "~/server/errors";
import { validateAvailabilityRules } from "./availability";
import {
  firstFreeSlug,
  isMeetingUrl,
  isPhoneNumber,
  NEW_COACH_DISCOVERY,
  SESSION_TYPE_LIMITS,
  sessionTypeInput,
  sessionTypeSlug,
  withQuestionIds,
  type QuestionInput,
} from "./session-type-input";
import { availabilityFor, DEFAULT_DISCOVERY_RULES, type IntakeQuestion } from "./session-types";

const valid = {
  name: "Interview debrief",
  description: "",
  kind: "COACHING",
  visibility: "LINK",
  durationMinutes: 30,
  slotIntervalMinutes: 15,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minimumNoticeMinutes: 120,
  horizonDays: 30,
  maxSessionsPerDay: null,
  location: { kind: "VIDEO", detail: " https://whereby.com/fieldnotes-maya " },
  intakeQuestions: [
    { label: "Which interview?", kind: "SINGLE_CHOICE", required: true, options: ["Today", "This week"] },
    { label: "Anything else?", kind: "LONG_TEXT", required: false, maxLength: null, options: ["stray"] },
  ],
  reminderMinutesBefore: [60, 1440],
  changeWindowHours: 12,
};

/** The field messages the server would answer `patch` with; {} when it is accepted. */
function problemsWith(patch: Record<string, unknown>): Record<string, string> {
  const parsed = sessionTypeInput.safeParse({ ...valid, ...patch });
  return parsed.success ? {} : zodFieldErrors(parsed.error);
}

const question = (patch: Record<string, unknown>) => ({
  label: "Question?",
  kind: "SHORT_TEXT",
  required: false,
  options: [],
  ...patch,
});

describe("a session type's fields", () => {
  it("accepts a valid type, trims it, fills in defaults and sorts reminders earliest first", () => {
    const parsed = sessionTypeInput.parse(valid);
    expect(parsed).toMatchObject({
      description: null,
      location: { kind: "VIDEO", detail: "https://whereby.com/fieldnotes-maya" },
      reminderMinutesBefore: [1440, 60],
    });
    expect(parsed.intakeQuestions).toEqual([
      {
        id: null,
        label: "Which interview?",
        kind: "SINGLE_CHOICE",
        required: true,
        maxLength: 100,
        options: ["Today", "This week"],
      },
      { id: null, label: "Anything else?", kind: "LONG_TEXT", required: false, maxLength: 1000, options: [] },
    ]);
  });

  it.each([
    ["name", "", "name"],
    ["name", "x".repeat(81), "name"],
    ["name", "Line\nbreak", "name"],
    ["durationMinutes", 4, "durationMinutes"],
    ["durationMinutes", 481, "durationMinutes"],
    ["durationMinutes", 30.5, "durationMinutes"],
    ["durationMinutes", Number.NaN, "durationMinutes"],
    ["slotIntervalMinutes", 481, "slotIntervalMinutes"],
    ["bufferBeforeMinutes", -1, "bufferBeforeMinutes"],
    ["bufferAfterMinutes", 241, "bufferAfterMinutes"],
    ["minimumNoticeMinutes", 60 * 24 * 60 + 1, "minimumNoticeMinutes"],
    ["horizonDays", 0, "horizonDays"],
    ["horizonDays", 366, "horizonDays"],
    ["maxSessionsPerDay", 0, "maxSessionsPerDay"],
    ["maxSessionsPerDay", 51, "maxSessionsPerDay"],
    ["changeWindowHours", 169, "changeWindowHours"],
    ["kind", "FREE", "kind"],
    ["visibility", "SECRET", "visibility"],
    ["description", "x".repeat(501), "description"],
  ])("refuses %s = %j with a message on %s", (field, value, path) => {
    expect(Object.keys(problemsWith({ [field]: value }))).toEqual([path]);
  });

  it("accepts every bound itself", () => {
    const L = SESSION_TYPE_LIMITS;
    expect(
      problemsWith({
        durationMinutes: L.durationMinutes.max,
        slotIntervalMinutes: L.slotIntervalMinutes.min,
        bufferBeforeMinutes: L.bufferMinutes.max,
        bufferAfterMinutes: L.bufferMinutes.min,
        minimumNoticeMinutes: L.minimumNoticeMinutes.max,
        horizonDays: L.horizonDays.max,
        maxSessionsPerDay: L.maxSessionsPerDay.max,
        changeWindowHours: L.changeWindowHours.max,
        reminderMinutesBefore: [L.reminderMinutes.min, L.reminderMinutes.max],
      }),
    ).toEqual({});
  });

  it("keeps every accepted type within what the slot engine takes", () => {
    const L = SESSION_TYPE_LIMITS;
    const widest = availabilityFor(
      { timeZone: "UTC", weekly: [], overrides: [] },
      {
        durationMinutes: L.durationMinutes.max,
        slotIntervalMinutes: L.slotIntervalMinutes.max,
        bufferBeforeMinutes: L.bufferMinutes.max,
        bufferAfterMinutes: L.bufferMinutes.max,
        minimumNoticeMinutes: L.minimumNoticeMinutes.max,
        horizonDays: L.horizonDays.max,
        maxSessionsPerDay: L.maxSessionsPerDay.max,
      },
    );
    expect(validateAvailabilityRules(widest)).toEqual([]);
    expect(validateAvailabilityRules({ ...widest, sessionMinutes: L.durationMinutes.min })).toEqual([]);
  });
});

describe("a location", () => {
  const locationProblem = (kind: string, detail: string | null) =>
    problemsWith({ location: { kind, detail } })["location.detail"];

  it("needs an https meeting link for a video call", () => {
    expect(locationProblem("VIDEO", "https://meet.google.com/abc-defg-hij")).toBeUndefined();
    for (const bad of [null, "", "http://zoom.us/j/1", "javascript:alert(1)", "https://localhost/x", "whereby.com/x"]) {
      expect(locationProblem("VIDEO", bad), String(bad)).toMatch(/https:\/\//);
    }
    expect(locationProblem("VIDEO", "https://user:pass@zoom.us/j/1")).toBeDefined();
    expect(locationProblem("VIDEO", `https://zoom.us/${"j".repeat(SESSION_TYPE_LIMITS.meetingUrlMax)}`)).toBeDefined();
  });

  it("needs the coach's number when the booker calls, and an address in person", () => {
    expect(locationProblem("PHONE_COACH", "+44 (20) 7946-0000")).toBeUndefined();
    expect(locationProblem("PHONE_COACH", "")).toMatch(/number/);
    expect(locationProblem("IN_PERSON", "12 Harbour Street, Leith")).toBeUndefined();
    expect(locationProblem("IN_PERSON", "")).toMatch(/address/);
    expect(locationProblem("IN_PERSON", "x".repeat(SESSION_TYPE_LIMITS.addressMax + 1))).toMatch(/300/);
  });

  it("drops a detail the kind does not use", () => {
    for (const kind of ["PHONE_BOOKER", "NONE"]) {
      const parsed = sessionTypeInput.parse({ ...valid, location: { kind, detail: "https://zoom.us/j/1" } });
      expect(parsed.location).toEqual({ kind, detail: null });
    }
  });

  it("reads phone numbers as people write them, 7 to 20 digits", () => {
    for (const good of ["+1 213 555 0142", "020 7946 0000", "(555) 010-1234", "+49.30.901820"]) {
      expect(isPhoneNumber(good), good).toBe(true);
    }
    for (const bad of ["12345", "+1 234 567 890 123 456 789 01", "call me", "555-CALL-NOW", "1+2345678"]) {
      expect(isPhoneNumber(bad), bad).toBe(false);
    }
  });

  it("takes only https links with a real host as meeting links", () => {
    expect(isMeetingUrl("https://whereby.com/room")).toBe(true);
    expect(isMeetingUrl("ftp://whereby.com/room")).toBe(false);
    expect(isMeetingUrl("https://intranet/room")).toBe(false);
  });
});

describe("intake questions", () => {
  const questionsProblems = (questions: unknown[]) => problemsWith({ intakeQuestions: questions });

  it("allows at most ten", () => {
    expect(questionsProblems(Array.from({ length: 10 }, () => question({})))).toEqual({});
    expect(Object.keys(questionsProblems(Array.from({ length: 11 }, () => question({}))))).toEqual(["intakeQuestions"]);
  });

  it("puts each problem on the question and box at fault", () => {
    const problems = questionsProblems([
      question({}),
      question({ label: " " }),
      question({ label: "x".repeat(201) }),
      question({ maxLength: 0 }),
      question({ maxLength: 2001 }),
      question({ kind: "DATE" }),
    ]);
    expect(Object.keys(problems)).toEqual([
      "intakeQuestions.1.label",
      "intakeQuestions.2.label",
      "intakeQuestions.3.maxLength",
      "intakeQuestions.4.maxLength",
      "intakeQuestions.5.kind",
    ]);
  });

  it("asks a single choice for two to ten distinct choices of at most 100 characters", () => {
    const choice = (options: string[]) => questionsProblems([question({ kind: "SINGLE_CHOICE", options })]);
    expect(choice(["Yes", "No"])).toEqual({});
    expect(Object.keys(choice(["Only one"]))).toEqual(["intakeQuestions.0.options"]);
    expect(Object.keys(choice(["Yes", "no", " yes "]))).toEqual(["intakeQuestions.0.options.2"]);
    expect(Object.keys(choice(["Yes", ""]))).toEqual(["intakeQuestions.0.options.1"]);
    expect(Object.keys(choice(["Yes", "x".repeat(101)]))).toEqual(["intakeQuestions.0.options.1"]);
    expect(Object.keys(choice(Array.from({ length: 11 }, (_, i) => `Choice ${i}`)))).toEqual([
      "intakeQuestions.0.options",
    ]);
  });
});

describe("reminders", () => {
  it("are up to three distinct times from 5 minutes to 7 days before", () => {
    expect(problemsWith({ reminderMinutesBefore: [] })).toEqual({});
    expect(Object.keys(problemsWith({ reminderMinutesBefore: [60, 120, 180, 240] }))).toEqual([
      "reminderMinutesBefore",
    ]);
    expect(Object.keys(problemsWith({ reminderMinutesBefore: [60, 1440, 60] }))).toEqual(["reminderMinutesBefore.2"]);
    expect(Object.keys(problemsWith({ reminderMinutesBefore: [4, 7 * 24 * 60 + 1] }))).toEqual([
      "reminderMinutesBefore.0",
      "reminderMinutesBefore.1",
    ]);
  });
});

describe("question ids", () => {
  const saved: IntakeQuestion[] = [
    { id: "goal", label: "Your goal?", kind: "SHORT_TEXT", required: true, maxLength: 200, options: [] },
    { id: "which-interview", label: "Which?", kind: "LONG_TEXT", required: false, maxLength: 1000, options: [] },
  ];
  const input = (id: string | null, label: string): QuestionInput => ({
    id,
    label,
    kind: "SHORT_TEXT",
    required: false,
    maxLength: 200,
    options: [],
  });

  it("keeps a saved question's id when it is reworded, and makes new ids from labels", () => {
    const questions = withQuestionIds(
      [input("goal", "What is your goal?"), input(null, "Your phone's best time?"), input(null, "Which interview")],
      saved,
    );
    expect(questions.map((q) => q.id)).toEqual(["goal", "your-phone-s-best-time", "which-interview-2"]);
  });

  it("does not let a new or copied question take an id that is not its own", () => {
    const questions = withQuestionIds(
      [input("goal", "A"), input("goal", "Goal"), input("made-up", "Made up"), input(null, "???")],
      saved,
    );
    expect(questions.map((q) => q.id)).toEqual(["goal", "goal-2", "made-up", "question"]);
    expect(new Set(questions.map((q) => q.id)).size).toBe(4);
  });
});

describe("addresses", () => {
  it("come from the name and move on to -2, -3… when taken", () => {
    expect(sessionTypeSlug("Interview debrief", new Set())).toBe("interview-debrief");
    expect(sessionTypeSlug("Interview Débrief!", new Set(["interview-debrief"]))).toBe("interview-debrief-2");
    expect(sessionTypeSlug("1:1 (Q&A)", new Set())).toBe("1-1-q-a");
    expect(sessionTypeSlug("☕", new Set(["session"]))).toBe("session-2");
  });

  it("stay within 40 characters with their suffix", () => {
    const base = "a".repeat(40);
    expect(firstFreeSlug(base, new Set([base]))).toBe(`${"a".repeat(38)}-2`);
    expect(firstFreeSlug("ab", new Set(["ab", "ab-2"]))).toBe("ab-3");
  });
});

describe("a new coach's discovery session", () => {
  it("is a valid type with the old defaults and the two questions", () => {
    const { intakeQuestions, ...fields } = NEW_COACH_DISCOVERY;
    const parsed = sessionTypeInput.parse({ ...fields, intakeQuestions });
    expect(parsed).toMatchObject({ kind: "DISCOVERY", visibility: "PUBLIC", ...DEFAULT_DISCOVERY_RULES });
    expect(DEFAULT_DISCOVERY_RULES).toEqual({
      durationMinutes: 20,
      slotIntervalMinutes: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 720,
      horizonDays: 60,
      maxSessionsPerDay: 6,
    });
    expect(intakeQuestions.map((q) => q.id)).toEqual(["fieldsOfInterest", "whatPrompted"]);
  });
});
