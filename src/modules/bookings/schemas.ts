import { z } from "zod";
import { emailAddressSchema } from "~/lib/email-address";
import { calendarDateInput, instantInput, multiLineText, singleLineText } from "~/lib/input-text";
import { timeZoneSchema } from "~/lib/time-zones";
import { isPhoneNumber, SESSION_TYPE_LIMITS } from "~/modules/scheduling/domain/session-type-input";
import { DISCOVERY_INTAKE_QUESTIONS } from "~/modules/scheduling/domain/session-types";

const MAX_RANGE_DAYS = 62;

/** A practice or coach slug as it arrives in a URL or body; a malformed one matches no page. */
export const slugParam = singleLineText().trim().toLowerCase().min(1).max(64);
/** A booking's uid as it arrives in a URL (base64url); anything else names no booking. */
export const bookingUidParam = singleLineText().regex(/^[\w-]{1,64}$/);
/** The path parameters of the public API's booking and coach URLs. */
export const bookingPathParams = z.object({ uid: bookingUidParam });
export const coachPathParams = z.object({ practiceSlug: slugParam, coachSlug: slugParam });

const dateRangeFields = { from: calendarDateInput, to: calendarDateInput, timeZone: timeZoneSchema };

/** Slots are computed day by day, so a caller gets a bounded number of days per request. */
const boundedDateRange = <T extends z.ZodType<{ from: string; to: string }>>(query: T) =>
  query
    .refine((q) => q.to >= q.from, { path: ["to"], message: "`to` must be on or after `from`." })
    .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= MAX_RANGE_DAYS, {
      path: ["to"],
      message: `Ask for at most ${MAX_RANGE_DAYS} days at a time.`,
    });

/**
 * Which of the coach's session types a request is about: its slug (none = the coach's discovery session) and, for a
 * type offered by secret link, the link's token. Anything malformed names no type, like a wrong one.
 */
const sessionTypeChoice = {
  sessionType: slugParam.optional(),
  sessionTypeToken: singleLineText().trim().max(100).optional(),
};

export const slotsQuery = boundedDateRange(z.object({ ...dateRangeFields, ...sessionTypeChoice }));

const MAX_ANSWER_LENGTH = SESSION_TYPE_LIMITS.answerLength.max;
// The type's questions, plus the discovery session's two old keys (see LEGACY_DISCOVERY_KEYS).
const MAX_ANSWERS = SESSION_TYPE_LIMITS.questionsMax + 2;

/** Answers by question id; each is checked against its question once the type is known (checkIntakeAnswers). */
const answersInput = z
  .record(
    singleLineText().regex(/^[\w-]{1,64}$/, "That is not one of the questions."),
    multiLineText().max(MAX_ANSWER_LENGTH, `Keep this under ${MAX_ANSWER_LENGTH} characters.`),
  )
  .refine((answers) => Object.keys(answers).length <= MAX_ANSWERS, `Send at most ${MAX_ANSWERS} answers.`)
  .default({});

const PHONE_FORMAT = "Enter a phone number with 7 to 20 digits, like +44 20 7946 0958.";

/** The number a PHONE_BOOKER session is called on; whether it is needed depends on the type. */
const bookerPhone = singleLineText()
  .trim()
  .max(40, PHONE_FORMAT)
  .refine((value) => value === "" || isPhoneNumber(value), PHONE_FORMAT)
  .transform((value) => value || undefined)
  .optional();

export const createBookingInput = z.object({
  practiceSlug: slugParam,
  coachSlug: slugParam,
  ...sessionTypeChoice,
  start: instantInput,
  name: singleLineText().trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email: emailAddressSchema,
  timeZone: timeZoneSchema,
  phone: bookerPhone,
  answers: answersInput,
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

const LEGACY_QUESTIONS = new Map(DISCOVERY_INTAKE_QUESTIONS.map((question) => [question.id, question.label]));

const storedAnswer = z.object({ id: z.string(), question: z.string(), answer: z.string() });

/**
 * The intake answers a booking carries, in the order they were asked, skipping empty ones: the one reader of
 * `Booking.answers`. Bookings store `[{ id, question, answer }]`; rows written before session types held an object
 * keyed by the discovery session's two questions, and still read as those questions.
 */
export function intakeAnswers(raw: unknown): Array<{ key: string; question: string; answer: string }> {
  if (Array.isArray(raw)) {
    return raw.flatMap((item) => {
      const parsed = storedAnswer.safeParse(item);
      return parsed.success && parsed.data.answer
        ? [{ key: parsed.data.id, question: parsed.data.question, answer: parsed.data.answer }]
        : [];
    });
  }
  const given = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  return [...LEGACY_QUESTIONS].flatMap(([key, question]) => {
    const answer = given[key];
    return typeof answer === "string" && answer ? [{ key, question, answer }] : [];
  });
}

// ── Sessions booked inside the practice: by a client from their workspace, by staff for a client ──

/** One form's attempt to book, generated when it opens: a retried or double-submitted request books once. */
const bookingRequestId = singleLineText()
  .trim()
  .regex(/^[\w-]{8,64}$/, "That request id is not valid.");
// The dates are the reader's, on the clock the picker groups its days by: the zone comes with them.
export const clientSlotsInput = boundedDateRange(z.object({ sessionTypeId: id, ...dateRangeFields }));
export const clientBookInput = z.object({
  sessionTypeId: id,
  start: instantInput,
  phone: bookerPhone,
  answers: answersInput,
  requestId: bookingRequestId,
});
export const clientIdOnlyInput = z.object({ clientId: id });
export const bookForClientSlotsInput = boundedDateRange(
  z.object({ clientId: id, sessionTypeId: id, ...dateRangeFields }),
);
export const bookForClientInput = z.object({
  clientId: id,
  sessionTypeId: id,
  start: instantInput,
  message: coachMessage,
  requestId: bookingRequestId,
});
