import { isSingleLineText } from "~/lib/input-text";
import type { IntakeAnswer, IntakeQuestion } from "~/modules/scheduling/domain/session-types";

// A booker's answers, checked against the questions of the session type they book, once, for the
// booking page and the public API alike. The booking stores each answer with its question as it
// was asked, so rewording a question later changes no booking's history.

/** What the booker sent: the answer to each question, keyed by the question's id. */
export type GivenAnswers = Record<string, string>;

type AnswerCheck = { ok: true; answers: IntakeAnswer[] } | { ok: false; fields: Record<string, string> };

const fieldOf = (id: string) => `answers.${id}`;

/**
 * The answers in question order, trimmed, empty optional ones left out; or a message per field at fault
 * (`answers.<id>`). A key that names none of the questions is refused, unless it is one of `tolerated`: keys
 * that older clients still send (see LEGACY_DISCOVERY_KEYS), which are then dropped.
 */
export function checkIntakeAnswers(
  questions: readonly IntakeQuestion[],
  given: GivenAnswers,
  tolerated: ReadonlySet<string> = new Set(),
): AnswerCheck {
  const fields: Record<string, string> = {};
  const asked = new Set(questions.map((question) => question.id));
  for (const key of Object.keys(given)) {
    if (!asked.has(key) && !tolerated.has(key)) fields[fieldOf(key)] = "This session type asks no such question.";
  }
  const answers: IntakeAnswer[] = [];
  for (const question of questions) {
    // Own keys only: a question whose id is "constructor" must not read Object.prototype's.
    const answer = (Object.hasOwn(given, question.id) ? (given[question.id] ?? "") : "").trim();
    const problem = problemWith(question, answer);
    if (problem) fields[fieldOf(question.id)] = problem;
    else if (answer) answers.push({ id: question.id, question: question.label, answer });
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, answers };
}

function problemWith(question: IntakeQuestion, answer: string): string | null {
  if (!answer) return question.required ? "Answer this question to book." : null;
  if (question.kind === "SINGLE_CHOICE") {
    return question.options.includes(answer) ? null : "Pick one of the listed options.";
  }
  if (answer.length > question.maxLength) return `Keep this under ${question.maxLength} characters.`;
  if (question.kind === "SHORT_TEXT" && !isSingleLineText(answer)) return "Keep this answer on one line.";
  return null;
}

/**
 * The discovery session's two questions, which integrations have sent as `answers.fieldsOfInterest` and
 * `answers.whatPrompted` since the first API. The migrated discovery types still ask them under these ids; a coach
 * who removes one must not break those integrations, so a discovery booking tolerates the keys.
 */
export const LEGACY_DISCOVERY_KEYS: ReadonlySet<string> = new Set(["fieldsOfInterest", "whatPrompted"]);
