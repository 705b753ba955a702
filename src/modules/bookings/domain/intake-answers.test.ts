import { describe, expect, it } from "vitest";
import type { IntakeQuestion } from "~/modules/scheduling/domain/session-types";
import { checkIntakeAnswers, LEGACY_DISCOVERY_KEYS } from "./intake-answers";

const question = (overrides: Partial<IntakeQuestion> & Pick<IntakeQuestion, "id" | "kind">): IntakeQuestion => ({
  label: `Question ${overrides.id}?`,
  required: false,
  maxLength: 200,
  options: [],
  ...overrides,
});

const role = question({ id: "role", kind: "SHORT_TEXT", label: "What is your current role?", required: true });
const story = question({ id: "story", kind: "LONG_TEXT", label: "What prompted you?", maxLength: 20 });
const interview = question({
  id: "interview",
  kind: "SINGLE_CHOICE",
  label: "Which interview?",
  required: true,
  options: ["First round", "Final round"],
});
const questions = [role, story, interview];

describe("intake answers", () => {
  it("keeps the answers in question order with the question as asked, trimmed, skipping empty optional ones", () => {
    const result = checkIntakeAnswers(questions, { interview: "Final round", role: "  Teacher ", story: "" });
    expect(result).toEqual({
      ok: true,
      answers: [
        { id: "role", question: "What is your current role?", answer: "Teacher" },
        { id: "interview", question: "Which interview?", answer: "Final round" },
      ],
    });
  });

  it("names every field at fault with a sentence that says what to do", () => {
    const result = checkIntakeAnswers(questions, {
      role: "   ",
      story: "x".repeat(21),
      interview: "Third round",
      extra: "hi",
    });
    expect(result).toEqual({
      ok: false,
      fields: {
        "answers.role": "Answer this question to book.",
        "answers.story": "Keep this under 20 characters.",
        "answers.interview": "Pick one of the listed options.",
        "answers.extra": "This session type asks no such question.",
      },
    });
  });

  it("holds a choice to the exact option and a short answer to one line, and counts a missing required one", () => {
    expect(checkIntakeAnswers([interview], { interview: "final round" })).toMatchObject({ ok: false });
    expect(checkIntakeAnswers([role], { role: "two\nlines" })).toEqual({
      ok: false,
      fields: { "answers.role": "Keep this answer on one line." },
    });
    expect(checkIntakeAnswers([story], { story: "two\nlines" })).toMatchObject({ ok: true });
    expect(checkIntakeAnswers([role], {})).toEqual({
      ok: false,
      fields: { "answers.role": "Answer this question to book." },
    });
    expect(checkIntakeAnswers([story], { story: "x".repeat(20) })).toMatchObject({ ok: true });
  });

  it("reads only the answers given, whatever a question's id is called", () => {
    const odd = question({ id: "constructor", kind: "SHORT_TEXT", required: true });
    expect(checkIntakeAnswers([odd], {})).toEqual({
      ok: false,
      fields: { "answers.constructor": "Answer this question to book." },
    });
    expect(checkIntakeAnswers([odd], { constructor: "Builder" })).toMatchObject({ ok: true });
  });

  it("drops the old discovery keys when told to tolerate them, and refuses them otherwise", () => {
    const old = { fieldsOfInterest: "UX", whatPrompted: "Curious" };
    expect(checkIntakeAnswers([story], old, LEGACY_DISCOVERY_KEYS)).toEqual({ ok: true, answers: [] });
    expect(checkIntakeAnswers([story], old)).toMatchObject({
      ok: false,
      fields: { "answers.fieldsOfInterest": expect.any(String), "answers.whatPrompted": expect.any(String) },
    });
  });
});
