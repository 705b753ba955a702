import { z } from "zod";
import { emailAddressSchema } from "~/lib/email-address";
import { calendarDateInput, instantInput, multiLineText, singleLineText } from "~/lib/input-text";
import { timeZoneSchema } from "~/lib/time-zones";

const MAX_RANGE_DAYS = 62;

/** A practice or coach slug as it arrives in a URL or body; a malformed one matches no page. */
export const slugParam = singleLineText().trim().toLowerCase().min(1).max(64);
/** A booking's uid as it arrives in a URL (base64url); anything else names no booking. */
export const bookingUidParam = singleLineText().regex(/^[\w-]{1,64}$/);
/** The path parameters of the public API's booking and coach URLs. */
export const bookingPathParams = z.object({ uid: bookingUidParam });
export const coachPathParams = z.object({ practiceSlug: slugParam, coachSlug: slugParam });

const bookingAnswersSchema = z
  .object({
    fieldsOfInterest: multiLineText().trim().max(500, "Keep this under 500 characters.").default(""),
    whatPrompted: multiLineText().trim().max(1000, "Keep this under 1000 characters.").default(""),
  })
  .strict();

export const INTAKE_QUESTIONS: Record<keyof z.infer<typeof bookingAnswersSchema>, string> = {
  fieldsOfInterest: "Which fields are you curious about?",
  whatPrompted: "What prompted you to reach out?",
};

const dateRangeFields = { from: calendarDateInput, to: calendarDateInput, timeZone: timeZoneSchema };

/** Slots are computed day by day, so a caller gets a bounded number of days per request. */
const boundedDateRange = <T extends z.ZodType<{ from: string; to: string }>>(query: T) =>
  query
    .refine((q) => q.to >= q.from, { path: ["to"], message: "`to` must be on or after `from`." })
    .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= MAX_RANGE_DAYS, {
      path: ["to"],
      message: `Ask for at most ${MAX_RANGE_DAYS} days at a time.`,
    });

export const slotsQuery = boundedDateRange(z.object(dateRangeFields));

export const createBookingInput = z.object({
  practiceSlug: slugParam,
  coachSlug: slugParam,
  start: instantInput,
  name: singleLineText().trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email: emailAddressSchema,
  timeZone: timeZoneSchema,
  answers: bookingAnswersSchema.default({ fieldsOfInterest: "", whatPrompted: "" }),
});

export const manageTokenSchema = singleLineText()
  .trim()
  .regex(/^[\w-]{20,100}$/, "That link is not complete. Use the link in your email.");
export const rescheduleInput = z.object({ start: instantInput });
export const cancelInput = z.object({
  reason: multiLineText().trim().max(500, "Keep the reason under 500 characters.").optional(),
});

export const idempotencyKeySchema = singleLineText()
  .trim()
  .min(8)
  .max(100)
  .regex(/^[\w.:-]+$/);

const id = singleLineText().trim().min(1).max(40);
const coachMessage = multiLineText().trim().max(500, "Keep the message under 500 characters.").optional();

export const sessionListInput = z.object({
  scope: z.enum(["upcoming", "past"]).default("upcoming"),
  coachProfileId: id.optional(),
  cursor: id.nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});
export const coachCancelInput = z.object({ bookingId: id, message: coachMessage });
export const coachRescheduleInput = z.object({ bookingId: id, start: instantInput, message: coachMessage });
export const outcomeInput = z.object({ bookingId: id, outcome: z.enum(["COMPLETED", "NO_SHOW"]) });
export const rescheduleSlotsInput = boundedDateRange(z.object({ bookingId: id, ...dateRangeFields }));

/** The intake answers a booking carries, in question order, skipping empty ones. */
export function intakeAnswers(
  raw: unknown,
): Array<{ key: keyof typeof INTAKE_QUESTIONS; question: string; answer: string }> {
  const given = (raw ?? {}) as Record<string, unknown>;
  return (Object.keys(INTAKE_QUESTIONS) as Array<keyof typeof INTAKE_QUESTIONS>)
    .filter((key) => typeof given[key] === "string" && given[key])
    .map((key) => ({ key, question: INTAKE_QUESTIONS[key], answer: given[key] as string }));
}
