import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "~/server/errors";
import { createSessionTypeInput } from "../../schemas";
import {
  draftFrom,
  errorsUnder,
  inputFrom,
  moved,
  newQuestion,
  newReminder,
  reminderDraftOf,
  withQuestionKind,
  type SessionTypeDraft,
  type StoredSessionType,
} from "./session-type-draft";

const stored: StoredSessionType = {
  name: "Interview debrief",
  description: null,
  kind: "COACHING",
  visibility: "LINK",
  rules: {
    durationMinutes: 30,
    slotIntervalMinutes: 15,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 10,
    minimumNoticeMinutes: 90,
    horizonDays: 21,
    maxSessionsPerDay: null,
  },
  location: { kind: "PHONE_COACH", detail: "+44 20 7946 0000" },
  intakeQuestions: [
    {
      id: "which",
      label: "Which interview?",
      kind: "SINGLE_CHOICE",
      required: true,
      maxLength: 100,
      options: ["Today", "This week"],
    },
    { id: "notes", label: "Anything else?", kind: "LONG_TEXT", required: false, maxLength: 800, options: [] },
  ],
  reminderMinutesBefore: [2880, 90],
  changeWindowHours: 12,
};

const parse = (draft: SessionTypeDraft) =>
  createSessionTypeInput.safeParse({ practiceSlug: "northstar", ...inputFrom(draft) });

describe("the session type form", () => {
  it("round-trips a saved type through the server's schema", () => {
    const parsed = parse(draftFrom(stored, "saved"));
    expect(parsed.success && parsed.data).toMatchObject({
      name: stored.name,
      kind: stored.kind,
      visibility: stored.visibility,
      ...stored.rules,
      location: stored.location,
      intakeQuestions: stored.intakeQuestions,
      reminderMinutesBefore: stored.reminderMinutesBefore,
      changeWindowHours: 12,
    });
  });

  it("starts a new type as a valid 45-minute clients-only session once it has a name and a link", () => {
    const draft = { ...draftFrom(null, "new"), name: "Coaching session", locationDetail: "https://zoom.us/j/1" };
    expect(draft).toMatchObject({ visibility: "CLIENTS", durationMinutes: "45", reminders: [{}, {}] });
    const parsed = parse(draft);
    expect(parsed.success && parsed.data.reminderMinutesBefore).toEqual([1440, 60]);
  });

  it("shows numbers as the boxes' text, notice in hours and an empty daily limit as no limit", () => {
    const draft = draftFrom(stored, "saved");
    expect(draft).toMatchObject({ minimumNoticeHours: "1.5", maxSessionsPerDay: "", durationMinutes: "30" });
    expect(draft.questions.map((q) => q.maxLength)).toEqual(["", "800"]);
    expect(inputFrom({ ...draft, maxSessionsPerDay: " " }).maxSessionsPerDay).toBeNull();
    expect(inputFrom({ ...draft, minimumNoticeHours: "0.25" }).minimumNoticeMinutes).toBe(15);
  });

  it("sends an emptied box as NaN, which the server answers on that field", () => {
    const draft = { ...draftFrom(stored, "saved"), durationMinutes: "", changeWindowHours: "" };
    const parsed = parse(draft);
    expect(parsed.success).toBe(false);
    expect(Object.keys(zodFieldErrors(parsed.error!)).sort()).toEqual(["changeWindowHours", "durationMinutes"]);
  });

  it("sends choices only for a single choice and a text bound only for text, empty meaning the usual one", () => {
    const draft = draftFrom(stored, "saved");
    const [choice, text] = draft.questions;
    const questions = [
      { ...choice!, maxLength: "50" },
      { ...text!, maxLength: " ", options: choice!.options },
    ];
    expect(inputFrom({ ...draft, questions }).intakeQuestions).toMatchObject([
      { id: "which", maxLength: null, options: ["Today", "This week"] },
      { id: "notes", maxLength: null, options: [] },
    ]);
  });
});

describe("reminders in the form", () => {
  it("are shown in the largest unit that says them exactly, and sent back in minutes", () => {
    expect([1440, 2880, 60, 90, 5].map((minutes) => reminderDraftOf(minutes, "k"))).toEqual([
      { key: "k", amount: "1", unit: "days" },
      { key: "k", amount: "2", unit: "days" },
      { key: "k", amount: "1", unit: "hours" },
      { key: "k", amount: "90", unit: "minutes" },
      { key: "k", amount: "5", unit: "minutes" },
    ]);
    const draft = draftFrom(stored, "saved");
    expect(inputFrom(draft).reminderMinutesBefore).toEqual([2880, 90]);
    expect(
      inputFrom({ ...draft, reminders: [{ key: "a", amount: "1.5", unit: "hours" }] }).reminderMinutesBefore,
    ).toEqual([90]);
  });

  it("adds a day before first, then twice as early as the earliest, within a week", () => {
    expect(newReminder([], "a")).toMatchObject({ amount: "1", unit: "days" });
    expect(newReminder([reminderDraftOf(60, "b")], "c")).toMatchObject({ amount: "2", unit: "hours" });
    expect(newReminder([reminderDraftOf(5 * 1440, "b")], "c")).toMatchObject({ amount: "7", unit: "days" });
  });
});

describe("editing questions", () => {
  it("gives a question switched to a single choice two empty choices, and keeps typed ones when switched back", () => {
    const choice = withQuestionKind(newQuestion("q"), "SINGLE_CHOICE", "q1");
    expect(choice.options).toEqual([
      { key: "q1-a", text: "" },
      { key: "q1-b", text: "" },
    ]);
    const typed = { ...choice, options: [{ key: "q1-a", text: "Yes" }] };
    const back = withQuestionKind(withQuestionKind(typed, "LONG_TEXT", "q2"), "SINGLE_CHOICE", "q3");
    expect(back.options).toEqual([{ key: "q1-a", text: "Yes" }]);
  });

  it("moves a row one place, and leaves the list alone at either end", () => {
    expect(moved(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moved(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("finds the server's messages for one row by its place", () => {
    const fields = {
      "intakeQuestions.1.label": "Write the question",
      "intakeQuestions.1.options.0": "Already listed",
      "intakeQuestions.10.label": "Another row",
      intakeQuestions: "Too many",
    };
    expect(errorsUnder(fields, "intakeQuestions.1")).toEqual({
      label: "Write the question",
      "options.0": "Already listed",
    });
  });
});
