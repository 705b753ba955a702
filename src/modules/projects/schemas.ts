import { z } from "zod";
import { calendarDateInput, multiLineText, singleLineText } from "~/lib/input-text";
import { unknownPlaceholderMessage, unknownPlaceholders } from "./domain/outreach-placeholders";
import {
  OUTREACH_GOAL_LIMITS,
  QUESTION_LIMITS,
  TRACK_LIMITS,
  TRACK_MESSAGES,
  trackProblems,
} from "./domain/project-plan";

const id = singleLineText().min(1).max(64);
const optionalText = (max: number, message: string) =>
  multiLineText()
    .trim()
    .max(max, message)
    .nullish()
    .transform((value) => value || null);

const OUTREACH_PERIODS = ["DAY", "WEEK"] as const;
export const OUTREACH_KINDS = ["INITIAL", "FOLLOW_UP", "THANK_YOU", "REFERRER_UPDATE"] as const;

const trackName = singleLineText()
  .trim()
  .min(1, TRACK_MESSAGES.name)
  .max(TRACK_LIMITS.nameMax, `Keep a track's name under ${TRACK_LIMITS.nameMax} characters.`);
const targetCount = z
  .number({ error: TRACK_MESSAGES.target })
  .int(TRACK_MESSAGES.target)
  .min(TRACK_LIMITS.targetMin, TRACK_MESSAGES.target)
  .max(TRACK_LIMITS.targetMax, TRACK_MESSAGES.target);

/** Duplicate names are a rule of the list, not of one row: the message goes on the later track's name. */
function noDuplicateNames(tracks: Array<{ name: string; targetCount: number }>, ctx: z.RefinementCtx) {
  for (const problem of trackProblems(tracks)) {
    if (problem.message === TRACK_MESSAGES.duplicate) {
      ctx.addIssue({ code: "custom", message: problem.message, path: [problem.index!, "name"] });
    }
  }
}

const trackList = <T extends z.ZodType<{ name: string; targetCount: number }>>(track: T) =>
  z
    .array(track, { error: TRACK_MESSAGES.none })
    .min(TRACK_LIMITS.min, TRACK_MESSAGES.none)
    .max(TRACK_LIMITS.max, TRACK_MESSAGES.tooMany)
    .superRefine(noDuplicateNames);

const plannedTracksInput = trackList(z.object({ name: trackName, targetCount }));

const questionBankInput = z
  .array(
    singleLineText()
      .trim()
      .min(1, "Write the question, or remove the empty line.")
      .max(QUESTION_LIMITS.textMax, `Keep each question under ${QUESTION_LIMITS.textMax} characters.`),
  )
  .max(QUESTION_LIMITS.max, `A question bank can hold at most ${QUESTION_LIMITS.max} questions.`);

const outreachGoalMessage = `Set an outreach goal between ${OUTREACH_GOAL_LIMITS.min} and ${OUTREACH_GOAL_LIMITS.max} people.`;
const outreachGoal = {
  outreachGoalCount: z
    .number({ error: outreachGoalMessage })
    .int(outreachGoalMessage)
    .min(OUTREACH_GOAL_LIMITS.min, outreachGoalMessage)
    .max(OUTREACH_GOAL_LIMITS.max, outreachGoalMessage),
  outreachGoalPeriod: z.enum(OUTREACH_PERIODS, { error: "Choose per day or per week." }),
};

// ── Project templates ──

export const projectTemplateInput = z.object({
  name: singleLineText().trim().min(1, "Give the template a name.").max(120, "Keep the name under 120 characters."),
  description: optionalText(1000, "Keep the description under 1,000 characters."),
  tracks: plannedTracksInput,
  questionBank: questionBankInput,
  ...outreachGoal,
});
export type ProjectTemplateInput = z.infer<typeof projectTemplateInput>;

export const templateIdInput = z.object({ templateId: id });
export const updateProjectTemplateInput = projectTemplateInput.extend({ templateId: id });

// ── Outreach templates ──

function knownPlaceholdersOnly(text: string, ctx: z.RefinementCtx) {
  const unknown = unknownPlaceholders(text);
  if (unknown.length) ctx.addIssue({ code: "custom", message: unknownPlaceholderMessage(unknown) });
}

export const outreachTemplateInput = z.object({
  name: singleLineText().trim().min(1, "Give the message a name.").max(80, "Keep the name under 80 characters."),
  kind: z.enum(OUTREACH_KINDS, { error: "Choose what the message is for." }),
  subject: singleLineText()
    .trim()
    .min(1, "Write a subject line.")
    .max(200, "Keep the subject under 200 characters.")
    .superRefine(knownPlaceholdersOnly),
  body: multiLineText()
    .trim()
    .min(1, "Write the message.")
    .max(5000, "Keep the message under 5,000 characters: short notes get answers.")
    .superRefine(knownPlaceholdersOnly),
});
export type OutreachTemplateInput = z.infer<typeof outreachTemplateInput>;

export const outreachTemplateIdInput = z.object({ outreachTemplateId: id });
export const updateOutreachTemplateInput = outreachTemplateInput.extend({ outreachTemplateId: id });

// ── Projects ──

const title = singleLineText()
  .trim()
  .min(1, "Give the project a title.")
  .max(150, "Keep the title under 150 characters.");
const northStar = optionalText(1000, "Keep the north star under 1,000 characters.");
/** A calendar date in the client's zone; an empty box means no due date. Past dates are refused by the service. */
const dueDate = z.preprocess((value) => (value === "" ? null : value), calendarDateInput.nullish());

export const assignProjectInput = z.object({
  clientId: singleLineText().min(1, "Choose the client.").max(64),
  templateId: id.nullish(),
  title,
  northStar,
  dueDate,
  tracks: plannedTracksInput,
  questionBank: questionBankInput,
  ...outreachGoal,
});
export type AssignProjectInput = z.infer<typeof assignProjectInput>;

export const projectIdInput = z.object({ projectId: id });

export const FOLLOW_UP_LIMITS = { afterDaysMin: 1, afterDaysMax: 30, maxMin: 0, maxMax: 5 } as const;
const followUpDaysMessage = `Follow up after ${FOLLOW_UP_LIMITS.afterDaysMin} to ${FOLLOW_UP_LIMITS.afterDaysMax} days.`;
const maxFollowUpsMessage = `Allow ${FOLLOW_UP_LIMITS.maxMin} to ${FOLLOW_UP_LIMITS.maxMax} follow-ups.`;

export const updateProjectInput = z.object({
  projectId: id,
  title,
  northStar,
  dueDate,
  /** Tracks with an id are renamed or retargeted; without one they are added; missing ones are removed. */
  tracks: trackList(z.object({ id: id.nullish(), name: trackName, targetCount })),
  questionBank: questionBankInput,
  ...outreachGoal,
  followUpAfterDays: z
    .number({ error: followUpDaysMessage })
    .int(followUpDaysMessage)
    .min(FOLLOW_UP_LIMITS.afterDaysMin, followUpDaysMessage)
    .max(FOLLOW_UP_LIMITS.afterDaysMax, followUpDaysMessage),
  maxFollowUps: z
    .number({ error: maxFollowUpsMessage })
    .int(maxFollowUpsMessage)
    .min(FOLLOW_UP_LIMITS.maxMin, maxFollowUpsMessage)
    .max(FOLLOW_UP_LIMITS.maxMax, maxFollowUpsMessage),
});
export type UpdateProjectInput = z.infer<typeof updateProjectInput>;

const PROJECT_LIST_FILTERS = ["ACTIVE", "CLOSED", "ALL"] as const;
export const listProjectsInput = z.object({ status: z.enum(PROJECT_LIST_FILTERS).default("ACTIVE") });
