import { z } from "zod";
import { calendarDateInput, multiLineText, singleLineText } from "~/lib/input-text";
import { localTimeSchema } from "~/lib/time-zones";
import { OUTREACH_KINDS } from "./domain/outreach-effects";
import { CONTACT_STATUSES } from "./domain/pipeline";

// Inputs of the client's workspace, shared by the router and the forms. Every text has a cap
// with a sentence that says what to do; optional texts arrive as "" from forms and are stored as null.

export const LIMITS = {
  name: 200,
  role: 200,
  organisation: 200,
  howFound: 1_000,
  link: 2_000,
  subject: 300,
  message: 10_000,
  notes: 20_000,
  question: 500,
  questions: 50,
} as const;

const id = singleLineText().trim().min(1).max(40);

const optionalText = (text: typeof singleLineText, max: number, what: string) =>
  text()
    .trim()
    .max(max, `Keep ${what} under ${max.toLocaleString("en-GB")} characters.`)
    .transform((value) => value || null)
    .nullish()
    .transform((value) => value ?? null);

const isWebLink = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
};

const contactLinkSchema = singleLineText()
  .trim()
  .max(LIMITS.link, `Keep the link under ${LIMITS.link.toLocaleString("en-GB")} characters.`)
  .refine((value) => value === "" || isWebLink(value), "Use a web link starting with http:// or https://.")
  .transform((value) => value || null)
  .nullish()
  .transform((value) => value ?? null);

const contactFields = {
  name: singleLineText()
    .trim()
    .min(1, "Give the contact a name.")
    .max(LIMITS.name, `Keep the name under ${LIMITS.name} characters.`),
  role: optionalText(singleLineText, LIMITS.role, "the role"),
  organisation: optionalText(singleLineText, LIMITS.organisation, "the organisation"),
  howFound: optionalText(multiLineText, LIMITS.howFound, "how you found them"),
  link: contactLinkSchema,
  referredById: id.nullish().transform((value) => value ?? null),
  trackId: id,
};

export const projectRef = z.object({ projectId: id });
export const contactRef = z.object({ contactId: id });

export const createContactInput = z.object({ projectId: id, ...contactFields });
export const updateContactInput = z.object({ contactId: id, ...contactFields });
export const moveContactInput = z.object({ contactId: id, status: z.enum(CONTACT_STATUSES) });

export const logOutreachInput = z.object({
  contactId: id,
  kind: z.enum(OUTREACH_KINDS),
  subject: optionalText(singleLineText, LIMITS.subject, "the subject"),
  message: multiLineText()
    .trim()
    .min(1, "Write the message you sent.")
    .max(LIMITS.message, `Keep the message under ${LIMITS.message.toLocaleString("en-GB")} characters.`),
});

export const saveInterviewInput = z.object({
  contactId: id,
  /** Absent for a new interview. */
  interviewId: id.optional(),
  /** Wall-clock date and time in the client's zone (the zone is the project's, shown beside the field). */
  date: calendarDateInput,
  time: localTimeSchema,
  questions: z
    .array(
      singleLineText().trim().min(1).max(LIMITS.question, `Keep each question under ${LIMITS.question} characters.`),
    )
    .max(LIMITS.questions, `Pick at most ${LIMITS.questions} questions.`)
    .default([]),
  notes: optionalText(multiLineText, LIMITS.notes, "the notes"),
});

export type CreateContactInput = z.infer<typeof createContactInput>;
export type UpdateContactInput = z.infer<typeof updateContactInput>;
export type LogOutreachInput = z.infer<typeof logOutreachInput>;
export type SaveInterviewInput = z.infer<typeof saveInterviewInput>;
