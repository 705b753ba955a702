import { z } from "zod";
import { emailAddressSchema } from "~/lib/email-address";
import { localDateSchema, timeZoneSchema } from "~/lib/time-zones";

export const MAX_RANGE_DAYS = 62;

const slugParam = z.string().trim().toLowerCase().min(1).max(64);
const instant = z.iso.datetime({ offset: true, error: "Use an ISO-8601 instant such as 2026-12-01T15:00:00Z." });

export const bookingAnswersSchema = z
  .object({
    fieldsOfInterest: z.string().trim().max(500, "Keep this under 500 characters.").default(""),
    whatPrompted: z.string().trim().max(1000, "Keep this under 1000 characters.").default(""),
  })
  .strict();

export const INTAKE_QUESTIONS: Record<keyof z.infer<typeof bookingAnswersSchema>, string> = {
  fieldsOfInterest: "Which fields are you curious about?",
  whatPrompted: "What prompted you to reach out?",
};

export const slotsQuery = z
  .object({ from: localDateSchema, to: localDateSchema, timeZone: timeZoneSchema })
  .refine((q) => q.to >= q.from, { path: ["to"], message: "`to` must be on or after `from`." })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= MAX_RANGE_DAYS, {
    path: ["to"],
    message: `Ask for at most ${MAX_RANGE_DAYS} days at a time.`,
  });

export const createBookingInput = z.object({
  practiceSlug: slugParam,
  coachSlug: slugParam,
  start: instant,
  name: z.string().trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email: emailAddressSchema,
  timeZone: timeZoneSchema,
  answers: bookingAnswersSchema.default({ fieldsOfInterest: "", whatPrompted: "" }),
});

export const manageTokenSchema = z
  .string()
  .trim()
  .regex(/^[\w-]{20,100}$/, "That link is not complete. Use the link in your email.");
export const rescheduleInput = z.object({ start: instant });
export const cancelInput = z.object({
  reason: z.string().trim().max(500, "Keep the reason under 500 characters.").optional(),
});

export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(8)
  .max(100)
  .regex(/^[\w.:-]+$/);

const id = z.string().trim().min(1).max(40);
const coachMessage = z.string().trim().max(500, "Keep the message under 500 characters.").optional();

export const sessionListInput = z.object({
  scope: z.enum(["upcoming", "past"]).default("upcoming"),
  coachProfileId: id.optional(),
  cursor: id.nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});
export const coachCancelInput = z.object({ bookingId: id, message: coachMessage });
export const coachRescheduleInput = z.object({ bookingId: id, start: instant, message: coachMessage });
export const outcomeInput = z.object({ bookingId: id, outcome: z.enum(["COMPLETED", "NO_SHOW"]) });
export const rescheduleSlotsInput = z.object({
  bookingId: id,
  from: localDateSchema,
  to: localDateSchema,
  timeZone: timeZoneSchema,
});

/** The intake answers a booking carries, in question order, skipping empty ones. */
export function intakeAnswers(
  raw: unknown,
): Array<{ key: keyof typeof INTAKE_QUESTIONS; question: string; answer: string }> {
  const given = (raw ?? {}) as Record<string, unknown>;
  return (Object.keys(INTAKE_QUESTIONS) as Array<keyof typeof INTAKE_QUESTIONS>)
    .filter((key) => typeof given[key] === "string" && given[key])
    .map((key) => ({ key, question: INTAKE_QUESTIONS[key], answer: given[key] as string }));
}
