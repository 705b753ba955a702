import { describe, expect, it } from "vitest";
import { intakeAnswersOf } from "./intake-answers";

describe("intakeAnswersOf", () => {
  it("keeps each asked question with its answer, in order", () => {
    expect(
      intakeAnswersOf([
        { id: "fields", question: "Which fields are you curious about?", answer: "UX research" },
        { id: "why", question: "What prompted you to reach out?", answer: "A layoff" },
      ]),
    ).toEqual([
      { question: "Which fields are you curious about?", answer: "UX research" },
      { question: "What prompted you to reach out?", answer: "A layoff" },
    ]);
  });

  it("leaves out unanswered questions and anything that is not an answer", () => {
    expect(
      intakeAnswersOf([
        { id: "a", question: "Asked", answer: "  " },
        { id: "b", question: "Asked", answer: 3 },
        null,
        "text",
        { id: "c", answer: "No question" },
      ]),
    ).toEqual([]);
    expect(intakeAnswersOf({ fieldsOfInterest: "an object from before the migration" })).toEqual([]);
    expect(intakeAnswersOf(null)).toEqual([]);
  });
});
