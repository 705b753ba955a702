import { z } from "zod";
import { multiLineText, singleLineText } from "~/lib/input-text";
import { slugify } from "~/lib/slug";
import {
  DEFAULT_ANSWER_LENGTH,
  DEFAULT_DISCOVERY_RULES,
  DISCOVERY_INTAKE_QUESTIONS,
  type IntakeQuestion,
} from "./session-types";

// What a coach may say a session type is, checked field by field so each message lands on the box at fault
// ("intakeQuestions.2.options.1"). Every bound is inside what the slot engine accepts (validateAvailabilityRules),
// so a saved type can never take a booking page down.

export const SESSION_TYPE_LIMITS = {
  nameMax: 80,
  descriptionMax: 500,
  durationMinutes: { min: 5, max: 480 },
  slotIntervalMinutes: { min: 5, max: 480 },
  bufferMinutes: { min: 0, max: 240 },
  minimumNoticeMinutes: { min: 0, max: 60 * 24 * 60 },
  horizonDays: { min: 1, max: 365 },
  maxSessionsPerDay: { min: 1, max: 50 },
  meetingUrlMax: 500,
  addressMax: 300,
  phoneDigits: { min: 7, max: 20 },
  questionsMax: 10,
  questionLabelMax: 200,
  answerLength: { min: 1, max: 2000 },
  options: { min: 2, max: 10 },
  optionMax: 100,
  remindersMax: 3,
  reminderMinutes: { min: 5, max: 7 * 24 * 60 },
  changeWindowHours: { min: 0, max: 168 },
} as const;

const L = SESSION_TYPE_LIMITS;

function wholeNumber(label: string, { min, max }: { min: number; max: number }, unit: string) {
  const bounds = `${label} must be from ${min} to ${max} ${unit}.`;
  return z
    .number({ error: `Enter ${label.toLowerCase()} in ${unit}.` })
    .int(`${label} must be a whole number of ${unit}.`)
    .min(min, bounds)
    .max(max, bounds);
}

/** A meeting link a booker can open safely: https, a real host, no user name or password in it. */
export function isMeetingUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** A number as people write it: an optional leading +, then digits with spaces, hyphens, dots or brackets. */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[0-9 ().-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= L.phoneDigits.min && digits <= L.phoneDigits.max;
}

const LOCATION_KINDS = ["VIDEO", "PHONE_BOOKER", "PHONE_COACH", "IN_PERSON", "NONE"] as const;

const location = z
  .object({
    kind: z.enum(LOCATION_KINDS, { error: "Choose where the session happens." }),
    detail: singleLineText()
      .trim()
      .max(L.meetingUrlMax, `Keep this under ${L.meetingUrlMax} characters.`)
      .nullish()
      .transform((value) => value || null),
  })
  .superRefine(({ kind, detail }, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: "custom", message, path: ["detail"] });
    if (kind === "VIDEO" && !(detail && isMeetingUrl(detail))) {
      problem("Paste your meeting link, starting with https:// (a Zoom, Meet or Whereby room).");
    }
    if (kind === "PHONE_COACH" && !(detail && isPhoneNumber(detail))) {
      problem(
        `Enter the number bookers should call: ${L.phoneDigits.min} to ${L.phoneDigits.max} digits, like +44 20 7946 0000.`,
      );
    }
    if (kind === "IN_PERSON" && !detail) problem("Enter the address where you meet.");
    if (kind === "IN_PERSON" && detail && detail.length > L.addressMax) {
      problem(`Keep the address under ${L.addressMax} characters.`);
    }
  })
  // A booker's own number is asked when they book, and "no fixed place" has nothing to say: a link or number typed
  // before switching to those kinds is dropped rather than kept where nobody sees it.
  .transform(({ kind, detail }) => ({ kind, detail: kind === "PHONE_BOOKER" || kind === "NONE" ? null : detail }));

const QUESTION_KINDS = ["SHORT_TEXT", "LONG_TEXT", "SINGLE_CHOICE"] as const;
const answerLengthMessage = `Answers can be limited to ${L.answerLength.min}–${L.answerLength.max} characters.`;

const question = z
  .object({
    /** The id of a question the type already has; new questions come without one. */
    id: singleLineText().max(64).nullish(),
    label: singleLineText()
      .trim()
      .min(1, "Write the question, or remove it.")
      .max(L.questionLabelMax, `Keep the question under ${L.questionLabelMax} characters.`),
    kind: z.enum(QUESTION_KINDS, { error: "Choose the kind of answer." }),
    required: z.boolean(),
    maxLength: z
      .number({ error: answerLengthMessage })
      .int(answerLengthMessage)
      .min(L.answerLength.min, answerLengthMessage)
      .max(L.answerLength.max, answerLengthMessage)
      .nullish(),
    options: z
      .array(
        singleLineText()
          .trim()
          .min(1, "Write the choice, or remove it.")
          .max(L.optionMax, `Keep each choice under ${L.optionMax} characters.`),
      )
      .max(L.options.max, `Offer at most ${L.options.max} choices.`)
      .default([]),
  })
  .superRefine(({ kind, options }, ctx) => {
    if (kind !== "SINGLE_CHOICE") return;
    if (options.length < L.options.min) {
      ctx.addIssue({ code: "custom", message: "Offer at least two choices.", path: ["options"] });
    }
    const seen = new Set<string>();
    options.forEach((option, index) => {
      const key = option.toLocaleLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({ code: "custom", message: "This choice is already listed.", path: ["options", index] });
      }
      seen.add(key);
    });
  })
  .transform(({ id, label, kind, required, maxLength, options }) => ({
    id: id ?? null,
    label,
    kind,
    required,
    // A choice is one of the options, so its length is theirs; text answers get the box's own bound.
    maxLength: kind === "SINGLE_CHOICE" ? L.optionMax : (maxLength ?? DEFAULT_ANSWER_LENGTH[kind]),
    options: kind === "SINGLE_CHOICE" ? options : [],
  }));

export type QuestionInput = z.output<typeof question>;

const reminderMessage = "Each reminder must be from 5 minutes to 7 days before the session.";

const reminders = z
  .array(
    z
      .number({ error: reminderMessage })
      .int("Reminders are set in whole minutes.")
      .min(L.reminderMinutes.min, reminderMessage)
      .max(L.reminderMinutes.max, reminderMessage),
  )
  .max(L.remindersMax, `Send at most ${L.remindersMax} reminders.`)
  .superRefine((values, ctx) => {
    values.forEach((value, index) => {
      if (values.indexOf(value) < index) {
        ctx.addIssue({ code: "custom", message: "This reminder is already set.", path: [index] });
      }
    });
  })
  // Earliest first, the order they go out in.
  .transform((values) => [...values].sort((a, b) => b - a));

/** The fields of a session type, as every procedure that saves one takes them. */
export const sessionTypeFields = {
  name: singleLineText()
    .trim()
    .min(1, "Give the session a name.")
    .max(L.nameMax, `Keep the name under ${L.nameMax} characters.`),
  description: multiLineText()
    .trim()
    .max(L.descriptionMax, `Keep the description under ${L.descriptionMax} characters.`)
    .nullish()
    .transform((value) => value || null),
  kind: z.enum(["DISCOVERY", "COACHING"], { error: "Choose discovery or coaching." }),
  visibility: z.enum(["PUBLIC", "CLIENTS", "LINK"], { error: "Choose who can book it." }),
  durationMinutes: wholeNumber("Session length", L.durationMinutes, "minutes"),
  slotIntervalMinutes: wholeNumber("The interval between start times", L.slotIntervalMinutes, "minutes"),
  bufferBeforeMinutes: wholeNumber("The buffer before a session", L.bufferMinutes, "minutes"),
  bufferAfterMinutes: wholeNumber("The buffer after a session", L.bufferMinutes, "minutes"),
  minimumNoticeMinutes: z
    .number({ error: "Enter the minimum notice." })
    .int("Minimum notice must be a whole number of minutes.")
    .min(0, "Minimum notice can't be negative.")
    .max(L.minimumNoticeMinutes.max, "Minimum notice can be at most 60 days."),
  horizonDays: wholeNumber("The booking horizon", L.horizonDays, "days"),
  maxSessionsPerDay: z
    .number({ error: "Enter a daily limit, or leave it empty for no limit." })
    .int("The daily limit must be a whole number.")
    .min(L.maxSessionsPerDay.min, "The daily limit must be from 1 to 50 sessions, or empty for no limit.")
    .max(L.maxSessionsPerDay.max, "The daily limit must be from 1 to 50 sessions, or empty for no limit.")
    .nullable(),
  location,
  intakeQuestions: z.array(question).max(L.questionsMax, `Ask at most ${L.questionsMax} questions.`),
  reminderMinutesBefore: reminders,
  changeWindowHours: wholeNumber("The change window", L.changeWindowHours, "hours"),
};

export const sessionTypeInput = z.object(sessionTypeFields);
export type SessionTypeInput = z.output<typeof sessionTypeInput>;

/** A session type as it is saved: the checked input, its questions with their ids. */
export type SessionTypeSettings = Omit<SessionTypeInput, "intakeQuestions"> & { intakeQuestions: IntakeQuestion[] };

/** Reminders a day and an hour before, unless the coach says otherwise. */
export const DEFAULT_REMINDER_MINUTES: readonly number[] = Object.freeze([24 * 60, 60]);

/** The free discovery session every new coach starts with, on their booking page from their first save. */
export const NEW_COACH_DISCOVERY: Readonly<SessionTypeSettings> = Object.freeze({
  name: "Free discovery session",
  description: null,
  kind: "DISCOVERY",
  visibility: "PUBLIC",
  ...DEFAULT_DISCOVERY_RULES,
  location: { kind: "NONE" as const, detail: null },
  intakeQuestions: DISCOVERY_INTAKE_QUESTIONS.map((question) => ({ ...question, options: [...question.options] })),
  reminderMinutesBefore: [...DEFAULT_REMINDER_MINUTES],
  changeWindowHours: 0,
});

/** The address every coach's discovery session has had since before there were other session types. */
export const DISCOVERY_SLUG = "discovery";

const MAX_KEY = 40;

/**
 * `base`, or the first of `base-2`, `base-3`… not in `taken`, each at most 40 characters: an address part (a
 * coach's booking page, a session type's) or a question's key, free among its siblings.
 */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_KEY - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A session type's address under its coach's booking page, from its name ("Interview debrief" → "interview-debrief"). */
export function sessionTypeSlug(name: string, taken: ReadonlySet<string>): string {
  return firstFreeSlug(slugify(name) || "session", taken);
}

/**
 * The questions with their ids: one the type already had keeps it (so answers stay keyed when the wording changes),
 * a new one gets a key made from its label, free among the type's current and earlier questions (an old booking's
 * answer then never shares a key with a different question).
 */
export function withQuestionIds(questions: QuestionInput[], previous: readonly IntakeQuestion[]): IntakeQuestion[] {
  const known = new Set(previous.map((question) => question.id));
  const kept = new Set<string>();
  const keeps = questions.map((question) => {
    const keep = question.id !== null && known.has(question.id) && !kept.has(question.id);
    if (keep) kept.add(question.id!);
    return keep;
  });
  const taken = new Set(known);
  return questions.map((question, index) => {
    const id = keeps[index] ? question.id! : firstFreeSlug(slugify(question.label) || "question", taken);
    taken.add(id);
    return {
      id,
      label: question.label,
      kind: question.kind,
      required: question.required,
      maxLength: question.maxLength,
      options: question.options,
    };
  });
}
