import { z } from "zod";
import { multiLineText, singleLineText } from "~/lib/input-text";
import { timeZoneSchema } from "~/lib/time-zones";

// Reflection text is stored exactly as typed: no trimming, no rewriting. Each answer is capped
// so a pasted book (or a 100 KB request) is refused with a sentence, never a 500.
export const REFLECTION_TEXT_MAX = 10_000;
export const COMMENT_MAX = 5_000;

const id = singleLineText().trim().min(1).max(40);

const answer = (what: string) =>
  multiLineText()
    .max(REFLECTION_TEXT_MAX, `Keep ${what} under 10,000 characters — that is about four pages.`)
    .default("");

const reflectionAnswers = z.object({
  learned: answer("what you learned"),
  feelingBody: answer("how your body feels"),
  feelingThoughts: answer("your thoughts"),
  feelingFirst: answer("your first feelings"),
  resonance: z
    .number({ error: "Choose a resonance from 1 to 5." })
    .int()
    .min(1, "Choose a resonance from 1 to 5.")
    .max(5, "Choose a resonance from 1 to 5.")
    .nullable()
    .default(null),
  surprises: answer("the surprises"),
  recommendedPeople: answer("the people they recommended"),
  nextStep: answer("your next step"),
});
export type ReflectionAnswers = z.infer<typeof reflectionAnswers>;
export const REFLECTION_TEXT_FIELDS = [
  "learned",
  "feelingBody",
  "feelingThoughts",
  "feelingFirst",
  "surprises",
  "recommendedPeople",
  "nextStep",
] as const satisfies ReadonlyArray<keyof ReflectionAnswers>;

export const interviewInput = z.object({ interviewId: id });
export const reflectionInput = z.object({ reflectionId: id });
export const projectInput = z.object({ projectId: id });

export const saveDraftInput = interviewInput.extend({ answers: reflectionAnswers });

/** Share with the coach, or finish it and keep it to yourself. The final answers are saved too. */
export const finishReflectionInput = saveDraftInput.extend({ visibility: z.enum(["SHARED", "PRIVATE"]) });

export const commentInput = reflectionInput.extend({
  parentId: id.optional(),
  body: multiLineText()
    .max(COMMENT_MAX, "Keep a comment under 5,000 characters.")
    .refine((body) => body.trim().length > 0, "Write a comment first."),
});

const optionalText = (max: number, what: string) =>
  singleLineText()
    .trim()
    .max(max, `Keep ${what} under ${max} characters.`)
    .transform((value) => value || null)
    .optional();

export const referredContactInput = interviewInput.extend({
  name: singleLineText().trim().min(1, "Give the contact a name.").max(120, "Keep the name under 120 characters."),
  role: optionalText(120, "the role"),
  organisation: optionalText(120, "the organisation"),
});

export const reviewQueueInput = z.object({
  cursor: id.nullish(),
  limit: z.number().int().min(1).max(50).default(20),
});

const synthesisText = (what: string) =>
  multiLineText().max(REFLECTION_TEXT_MAX, `Keep ${what} under 10,000 characters — that is about four pages.`);

export const saveSynthesisInput = projectInput.extend({
  synthesis: synthesisText("the synthesis"),
  decision: synthesisText("the decision"),
});

export const exportProjectInput = projectInput.extend({ timeZone: timeZoneSchema.optional() });
