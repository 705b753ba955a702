import { isLocalDate, type LocalDate } from "~/lib/time-zones";

// What a project is planned to be, before it exists: the shape a template prefills and the
// assignment form edits. Pure rules over it; the zod schemas (../schemas.ts) reuse the limits
// and messages so a form and the server say the same thing.

export const TRACK_LIMITS = { min: 1, max: 6, targetMin: 1, targetMax: 100, nameMax: 80 } as const;
export const QUESTION_LIMITS = { max: 30, textMax: 300 } as const;
export const OUTREACH_GOAL_LIMITS = { min: 1, max: 50 } as const;

export const TRACK_MESSAGES = {
  none: "Add at least one track: a field the client will explore.",
  tooMany: `A project can have at most ${TRACK_LIMITS.max} tracks.`,
  name: "Give the track a name, like “Marketing agency owners”.",
  target: `A track needs a target between ${TRACK_LIMITS.targetMin} and ${TRACK_LIMITS.targetMax}.`,
  duplicate: "Two tracks have the same name. Give each field its own name.",
} as const;

export type OutreachPeriod = "DAY" | "WEEK";

export interface PlannedTrack {
  name: string;
  targetCount: number;
}

interface ProjectPlan {
  title: string;
  tracks: PlannedTrack[];
  questionBank: string[];
  outreachGoalCount: number;
  outreachGoalPeriod: OutreachPeriod;
}

interface TemplateShape {
  name: string;
  tracks: unknown;
  questionBank: unknown;
  outreachGoalCount: number;
  outreachGoalPeriod: OutreachPeriod;
}

/** The problems of a list of tracks, each with the index it is about (null: the list as a whole). */
export function trackProblems(tracks: readonly PlannedTrack[]): Array<{ index: number | null; message: string }> {
  const problems: Array<{ index: number | null; message: string }> = [];
  if (tracks.length < TRACK_LIMITS.min) problems.push({ index: null, message: TRACK_MESSAGES.none });
  if (tracks.length > TRACK_LIMITS.max) problems.push({ index: null, message: TRACK_MESSAGES.tooMany });
  const seen = new Set<string>();
  tracks.forEach((track, index) => {
    const name = track.name.trim();
    if (!name) problems.push({ index, message: TRACK_MESSAGES.name });
    if (!isValidTarget(track.targetCount)) problems.push({ index, message: TRACK_MESSAGES.target });
    const key = name.toLocaleLowerCase();
    if (name && seen.has(key)) problems.push({ index, message: TRACK_MESSAGES.duplicate });
    seen.add(key);
  });
  return problems;
}

const isValidTarget = (target: number) =>
  Number.isInteger(target) && target >= TRACK_LIMITS.targetMin && target <= TRACK_LIMITS.targetMax;

function cleanTracks(value: unknown): PlannedTrack[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const track = item as Partial<PlannedTrack> | null;
    if (typeof track?.name !== "string" || typeof track.targetCount !== "number") return [];
    return [{ name: track.name, targetCount: track.targetCount }];
  });
}

/** The stored question bank as strings; anything else a JSON column might hold is dropped. */
export function cleanQuestionBank(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((question): question is string => typeof question === "string" && question.trim() !== "");
}

/**
 * A template as the starting point of a project: its tracks, questions and outreach goal copied
 * (the project keeps its own copy, so editing the template later never changes it) and its name
 * as the title the coach will usually rewrite.
 */
export function planFromTemplate(template: TemplateShape): ProjectPlan {
  return {
    title: template.name,
    tracks: cleanTracks(template.tracks),
    questionBank: cleanQuestionBank(template.questionBank),
    outreachGoalCount: template.outreachGoalCount,
    outreachGoalPeriod: template.outreachGoalPeriod,
  };
}

/** "2 people a day", "5 people a week", "1 person a day": how the goal reads to the client. */
export function describeOutreachGoal(count: number, period: OutreachPeriod): string {
  return `${count} ${count === 1 ? "person" : "people"} a ${period === "DAY" ? "day" : "week"}`;
}

export const DUE_DATE_MESSAGES = {
  format: "Use a real date in the form YYYY-MM-DD.",
  past: "The due date can't be in the past. Pick today or a later date.",
} as const;

/**
 * A due date is a calendar date in the client's zone; `today` is that zone's date now. Today
 * itself is allowed (a one-day sprint), anything earlier is not. Null when it is fine.
 */
export function dueDateProblem(dueDate: LocalDate, today: LocalDate): string | null {
  if (!isLocalDate(dueDate)) return DUE_DATE_MESSAGES.format;
  // YYYY-MM-DD strings order like the dates they name.
  return dueDate < today ? DUE_DATE_MESSAGES.past : null;
}
