import { DEFAULT_REMINDER_MINUTES, SESSION_TYPE_LIMITS } from "../../domain/session-type-input";
import type { IntakeQuestionKind, LocationKind, SessionKind, SessionVisibility } from "../../domain/session-types";
import type { SessionTypeView } from "../../server/session-types.service";

// The session type form's state. Like the availability draft it edits strings (an emptied number box stays empty
// so the server answers with that field's message), and every row of a list carries a key of its own so React rows
// keep their focus when an earlier one is removed or moved. The input is built from it on submit; the server's
// field paths ("intakeQuestions.1.options.0") follow the order of the rows, which are all sent.

export type ReminderUnit = "minutes" | "hours" | "days";
const MINUTES_PER: Record<ReminderUnit, number> = { minutes: 1, hours: 60, days: 24 * 60 };

export interface ReminderDraft {
  key: string;
  amount: string;
  unit: ReminderUnit;
}
export interface OptionDraft {
  key: string;
  text: string;
}
export interface QuestionDraft {
  key: string;
  /** The question's id once saved, so a reworded question keeps its answers' key. */
  id: string | null;
  label: string;
  kind: IntakeQuestionKind;
  required: boolean;
  /** Empty means the kind's usual bound. */
  maxLength: string;
  options: OptionDraft[];
}
export interface SessionTypeDraft {
  name: string;
  description: string;
  kind: SessionKind;
  visibility: SessionVisibility;
  durationMinutes: string;
  slotIntervalMinutes: string;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  minimumNoticeHours: string;
  horizonDays: string;
  maxSessionsPerDay: string;
  locationKind: LocationKind;
  locationDetail: string;
  questions: QuestionDraft[];
  reminders: ReminderDraft[];
  changeWindowHours: string;
}

/** What the form reads of a saved type. */
export type StoredSessionType = Pick<
  SessionTypeView,
  | "name"
  | "description"
  | "kind"
  | "visibility"
  | "rules"
  | "location"
  | "intakeQuestions"
  | "reminderMinutesBefore"
  | "changeWindowHours"
>;

/** A reminder in the largest unit that says it exactly: 1440 → 1 day, 90 → 90 minutes. */
export function reminderDraftOf(minutes: number, key: string): ReminderDraft {
  const unit = minutes % MINUTES_PER.days === 0 ? "days" : minutes % MINUTES_PER.hours === 0 ? "hours" : "minutes";
  return { key, amount: String(minutes / MINUTES_PER[unit]), unit };
}

/** A new type starts as a 45-minute coaching session for clients, reminded like every other type. */
const NEW_TYPE: StoredSessionType = {
  name: "",
  description: null,
  kind: "COACHING",
  visibility: "CLIENTS",
  rules: {
    durationMinutes: 45,
    slotIntervalMinutes: 30,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 10,
    minimumNoticeMinutes: 12 * 60,
    horizonDays: 60,
    maxSessionsPerDay: null,
  },
  location: { kind: "VIDEO", detail: null },
  intakeQuestions: [],
  reminderMinutesBefore: [...DEFAULT_REMINDER_MINUTES],
  changeWindowHours: 0,
};

export function draftFrom(type: StoredSessionType | null, keyPrefix: string): SessionTypeDraft {
  const view = type ?? NEW_TYPE;
  const { rules } = view;
  return {
    name: view.name,
    description: view.description ?? "",
    kind: view.kind,
    visibility: view.visibility,
    durationMinutes: String(rules.durationMinutes),
    slotIntervalMinutes: String(rules.slotIntervalMinutes),
    bufferBeforeMinutes: String(rules.bufferBeforeMinutes),
    bufferAfterMinutes: String(rules.bufferAfterMinutes),
    minimumNoticeHours: String(rules.minimumNoticeMinutes / 60),
    horizonDays: String(rules.horizonDays),
    maxSessionsPerDay: rules.maxSessionsPerDay === null ? "" : String(rules.maxSessionsPerDay),
    locationKind: view.location.kind,
    locationDetail: view.location.detail ?? "",
    questions: view.intakeQuestions.map((question, index) => ({
      key: `${keyPrefix}-q${index}`,
      id: question.id,
      label: question.label,
      kind: question.kind,
      required: question.required,
      maxLength: question.kind === "SINGLE_CHOICE" ? "" : String(question.maxLength),
      options: question.options.map((text, option) => ({ key: `${keyPrefix}-q${index}-o${option}`, text })),
    })),
    reminders: view.reminderMinutesBefore.map((minutes, index) => reminderDraftOf(minutes, `${keyPrefix}-r${index}`)),
    changeWindowHours: String(view.changeWindowHours),
  };
}

/** An empty box becomes NaN, which the server's schema answers with "Enter …" on that field. */
const numberFrom = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

export function inputFrom(draft: SessionTypeDraft) {
  return {
    name: draft.name,
    description: draft.description,
    kind: draft.kind,
    visibility: draft.visibility,
    durationMinutes: numberFrom(draft.durationMinutes),
    slotIntervalMinutes: numberFrom(draft.slotIntervalMinutes),
    bufferBeforeMinutes: numberFrom(draft.bufferBeforeMinutes),
    bufferAfterMinutes: numberFrom(draft.bufferAfterMinutes),
    minimumNoticeMinutes: Math.round(numberFrom(draft.minimumNoticeHours) * 60),
    horizonDays: numberFrom(draft.horizonDays),
    maxSessionsPerDay: draft.maxSessionsPerDay.trim() === "" ? null : numberFrom(draft.maxSessionsPerDay),
    location: { kind: draft.locationKind, detail: draft.locationDetail },
    intakeQuestions: draft.questions.map((question) => {
      const choice = question.kind === "SINGLE_CHOICE";
      return {
        id: question.id,
        label: question.label,
        kind: question.kind,
        required: question.required,
        maxLength: choice || question.maxLength.trim() === "" ? null : numberFrom(question.maxLength),
        options: choice ? question.options.map((option) => option.text) : [],
      };
    }),
    reminderMinutesBefore: draft.reminders.map((reminder) =>
      Math.round(numberFrom(reminder.amount) * MINUTES_PER[reminder.unit]),
    ),
    changeWindowHours: numberFrom(draft.changeWindowHours),
  };
}

// ── Edits ───────────────────────────────────────────────────────────────────────────────────────

export const canAddQuestion = (questions: QuestionDraft[]) => questions.length < SESSION_TYPE_LIMITS.questionsMax;
export const canAddReminder = (reminders: ReminderDraft[]) => reminders.length < SESSION_TYPE_LIMITS.remindersMax;
export const canAddOption = (question: QuestionDraft) => question.options.length < SESSION_TYPE_LIMITS.options.max;

/** A new optional short-text question, with nothing typed yet. */
export const newQuestion = (key: string): QuestionDraft => ({
  key,
  id: null,
  label: "",
  kind: "SHORT_TEXT",
  required: false,
  maxLength: "",
  options: [],
});

/**
 * Switching a question to a single choice gives it two empty choices to fill in (the fewest it may have); switching
 * away keeps what was typed, in case the coach switches back.
 */
export function withQuestionKind(question: QuestionDraft, kind: IntakeQuestionKind, keyPrefix: string): QuestionDraft {
  const needsOptions = kind === "SINGLE_CHOICE" && question.options.length === 0;
  return {
    ...question,
    kind,
    options: needsOptions
      ? [
          { key: `${keyPrefix}-a`, text: "" },
          { key: `${keyPrefix}-b`, text: "" },
        ]
      : question.options,
  };
}

/** The list with the row at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moved<T>(rows: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Another reminder, twice as early as the earliest so far (a day before, for the first). */
export function newReminder(reminders: ReminderDraft[], key: string): ReminderDraft {
  const minutes = reminders.map((reminder) => numberFrom(reminder.amount) * MINUTES_PER[reminder.unit]);
  const earliest = Math.max(0, ...minutes.filter(Number.isFinite));
  const next = earliest === 0 ? MINUTES_PER.days : Math.min(earliest * 2, SESSION_TYPE_LIMITS.reminderMinutes.max);
  return reminderDraftOf(next, key);
}

/** The server's messages under one row of a list, keyed by the rest of their path: "intakeQuestions.1" → "label". */
export function errorsUnder(fields: Record<string, string>, prefix: string): Record<string, string> {
  const under: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    if (path.startsWith(`${prefix}.`)) under[path.slice(prefix.length + 1)] ??= message;
  }
  return under;
}
