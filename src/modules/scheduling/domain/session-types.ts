import { z } from "zod";
import {
  DEFAULT_AVAILABILITY,
  type AvailabilityRules,
  type DateOverride,
  type WeeklyHours,
} from "./availability-rules";

// A coach keeps one weekly schedule (hours and date overrides) and offers several kinds of session on it. Each kind
// carries its own booking rules; the slot engine sees the schedule and one kind's rules together.

export type SessionKind = "DISCOVERY" | "COACHING";
export type SessionVisibility = "PUBLIC" | "CLIENTS" | "LINK";
export type LocationKind = "VIDEO" | "PHONE_BOOKER" | "PHONE_COACH" | "IN_PERSON" | "NONE";

/** Where a session happens. `detail` is the meeting URL, the coach's number or the address, by kind. */
export interface SessionLocation {
  kind: LocationKind;
  detail: string | null;
}

export type IntakeQuestionKind = "SHORT_TEXT" | "LONG_TEXT" | "SINGLE_CHOICE";

/** One question a booker answers; stored in SessionType.intakeQuestions. */
export interface IntakeQuestion {
  /** Stable within its type, so an answer keeps its key when the label is reworded. */
  id: string;
  label: string;
  kind: IntakeQuestionKind;
  required: boolean;
  /** Upper bound of a text answer, in characters. */
  maxLength: number;
  /** The choices of a SINGLE_CHOICE question; empty otherwise. */
  options: string[];
}

/** One answer as stored with a booking: the question as it was asked, so later edits to the type change no history. */
export interface IntakeAnswer {
  id: string;
  question: string;
  answer: string;
}

/** The booking rules of one session type. */
export interface SessionRules {
  durationMinutes: number;
  slotIntervalMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  horizonDays: number;
  /** Counts all of the coach's active sessions starting on a coach-local date, whatever their type; null = no cap. */
  maxSessionsPerDay: number | null;
}

/** The coach's one schedule, shared by all their session types. */
export interface CoachSchedule {
  timeZone: string;
  weekly: WeeklyHours[];
  overrides: DateOverride[];
}

/** What the slot engine reads for one session type of a coach. */
export function availabilityFor(schedule: CoachSchedule, rules: SessionRules): AvailabilityRules {
  return {
    timeZone: schedule.timeZone,
    weekly: schedule.weekly,
    overrides: schedule.overrides,
    sessionMinutes: rules.durationMinutes,
    slotIntervalMinutes: rules.slotIntervalMinutes,
    bufferBeforeMinutes: rules.bufferBeforeMinutes,
    bufferAfterMinutes: rules.bufferAfterMinutes,
    minimumNoticeMinutes: rules.minimumNoticeMinutes,
    horizonDays: rules.horizonDays,
    maxSessionsPerDay: rules.maxSessionsPerDay,
  };
}

/** The discovery session a new coach starts with: the rules every coach had before session types existed. */
export const DEFAULT_DISCOVERY_RULES: Readonly<SessionRules> = Object.freeze({
  durationMinutes: DEFAULT_AVAILABILITY.sessionMinutes,
  slotIntervalMinutes: DEFAULT_AVAILABILITY.slotIntervalMinutes,
  bufferBeforeMinutes: DEFAULT_AVAILABILITY.bufferBeforeMinutes,
  bufferAfterMinutes: DEFAULT_AVAILABILITY.bufferAfterMinutes,
  minimumNoticeMinutes: DEFAULT_AVAILABILITY.minimumNoticeMinutes,
  horizonDays: DEFAULT_AVAILABILITY.horizonDays,
  maxSessionsPerDay: DEFAULT_AVAILABILITY.maxSessionsPerDay,
});

/** The two questions the discovery session has always asked; a new coach's discovery type starts with them. */
export const DISCOVERY_INTAKE_QUESTIONS: readonly IntakeQuestion[] = Object.freeze([
  {
    id: "fieldsOfInterest",
    label: "Which fields are you curious about?",
    kind: "LONG_TEXT",
    required: false,
    maxLength: 500,
    options: [],
  },
  {
    id: "whatPrompted",
    label: "What prompted you to reach out?",
    kind: "LONG_TEXT",
    required: false,
    maxLength: 1000,
    options: [],
  },
]);

/** A coach profile as stored: the hours in JSON columns, written only after validation (scheduling/schemas.ts). */
export interface StoredSchedule {
  timeZone: string;
  weeklyHours: unknown;
  dateOverrides: unknown;
}

export function storedSchedule(profile: StoredSchedule): CoachSchedule {
  return {
    timeZone: profile.timeZone,
    weekly: profile.weeklyHours as WeeklyHours[],
    overrides: profile.dateOverrides as DateOverride[],
  };
}

/** The columns of a SessionType row that say what the type is; `intakeQuestions` is its JSON column as read. */
export interface StoredSessionTypeRow extends SessionRules {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  kind: SessionKind;
  visibility: SessionVisibility;
  locationKind: LocationKind;
  locationDetail: string | null;
  intakeQuestions: unknown;
  reminderMinutesBefore: number[];
  changeWindowHours: number;
}

/**
 * The Prisma `select` for a StoredSessionTypeRow, and the secret of a LINK type: the public booking
 * pages and the coach's session-type repo both read these columns.
 */
export const sessionTypeColumns = {
  id: true,
  slug: true,
  name: true,
  description: true,
  kind: true,
  visibility: true,
  linkToken: true,
  durationMinutes: true,
  slotIntervalMinutes: true,
  bufferBeforeMinutes: true,
  bufferAfterMinutes: true,
  minimumNoticeMinutes: true,
  horizonDays: true,
  maxSessionsPerDay: true,
  locationKind: true,
  locationDetail: true,
  intakeQuestions: true,
  reminderMinutesBefore: true,
  changeWindowHours: true,
} as const satisfies Record<keyof StoredSessionTypeRow | "linkToken", true>;

/** A session type as the rest of the product reads it: typed values, rules grouped for availabilityFor. */
export interface SessionTypeDefinition {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  kind: SessionKind;
  visibility: SessionVisibility;
  rules: SessionRules;
  location: SessionLocation;
  intakeQuestions: IntakeQuestion[];
  reminderMinutesBefore: number[];
  changeWindowHours: number;
}

const storedQuestion = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  kind: z.enum(["SHORT_TEXT", "LONG_TEXT", "SINGLE_CHOICE"]),
  required: z.boolean(),
  maxLength: z.number().int().positive().optional(),
  options: z.array(z.string()).optional(),
});

export const DEFAULT_ANSWER_LENGTH: Record<IntakeQuestionKind, number> = {
  SHORT_TEXT: 200,
  LONG_TEXT: 1000,
  SINGLE_CHOICE: 100,
};

/**
 * The questions in a type's JSON column. They are written only through the validated input, so a value that does not
 * parse means the row was edited by hand or by an older release: asking nothing is then safer than guessing which
 * questions, or which half of a list, to trust.
 */
export function storedIntakeQuestions(json: unknown): IntakeQuestion[] {
  const parsed = z.array(storedQuestion).safeParse(json);
  if (!parsed.success) return [];
  return parsed.data.map((question) => ({
    id: question.id,
    label: question.label,
    kind: question.kind,
    required: question.required,
    maxLength: question.maxLength ?? DEFAULT_ANSWER_LENGTH[question.kind],
    options: question.kind === "SINGLE_CHOICE" ? (question.options ?? []) : [],
  }));
}

export function storedSessionType(row: StoredSessionTypeRow): SessionTypeDefinition {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    kind: row.kind,
    visibility: row.visibility,
    rules: {
      durationMinutes: row.durationMinutes,
      slotIntervalMinutes: row.slotIntervalMinutes,
      bufferBeforeMinutes: row.bufferBeforeMinutes,
      bufferAfterMinutes: row.bufferAfterMinutes,
      minimumNoticeMinutes: row.minimumNoticeMinutes,
      horizonDays: row.horizonDays,
      maxSessionsPerDay: row.maxSessionsPerDay,
    },
    location: { kind: row.locationKind, detail: row.locationDetail },
    intakeQuestions: storedIntakeQuestions(row.intakeQuestions),
    reminderMinutesBefore: [...row.reminderMinutesBefore],
    changeWindowHours: row.changeWindowHours,
  };
}

/**
 * Where a type is booked: under its coach's booking page, with the secret for a link-only type; null for a type
 * offered only to clients, which is booked from their workspace.
 */
export function sessionTypeBookingPath(args: {
  practiceSlug: string;
  coachSlug: string;
  type: { slug: string; visibility: SessionVisibility; linkToken: string | null };
}): string | null {
  const { practiceSlug, coachSlug, type } = args;
  const path = `/book/${encodeURIComponent(practiceSlug)}/${encodeURIComponent(coachSlug)}/${encodeURIComponent(type.slug)}`;
  if (type.visibility === "PUBLIC") return path;
  if (type.visibility === "LINK" && type.linkToken) return `${path}?t=${encodeURIComponent(type.linkToken)}`;
  return null;
}

/** How the coach names each kind of location when choosing one. */
export const LOCATION_KIND_LABELS: Record<LocationKind, string> = {
  VIDEO: "Video call (my meeting link)",
  PHONE_BOOKER: "Phone call: I call the booker",
  PHONE_COACH: "Phone call: the booker calls me",
  IN_PERSON: "In person (an address)",
  NONE: "No fixed place",
};

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/**
 * Where a session happens, in one line for the person booking it, as shown before they book (booking page, lists):
 * an address in full, since it decides whether they can come, but a meeting link only by its host and no phone
 * number, which are for the people in the session and belong on the confirmation, the emails and the invite.
 */
export function locationSummary(location: SessionLocation): string {
  switch (location.kind) {
    case "VIDEO": {
      const host = location.detail ? hostOf(location.detail) : null;
      return host ? `Video call on ${host}` : "Video call";
    }
    case "PHONE_BOOKER":
      return "Phone call: your coach calls you";
    case "PHONE_COACH":
      return "Phone call: you call your coach";
    case "IN_PERSON":
      return location.detail ? `In person at ${location.detail}` : "In person";
    case "NONE":
      return "Your coach will share where you meet";
  }
}
