import { z } from "zod";
import { emailAddressSchema } from "~/lib/email-address";
import { multiLineText, singleLineText } from "~/lib/input-text";
import { timeZoneSchema } from "~/lib/time-zones";
import { CASELOAD_SORTS, STALLED_DAYS } from "./domain/caseload";
import { CLIENT_NAME_MAX_LENGTH, NOTE_MAX_LENGTH } from "./domain/client-fields";
import { FILE_TOO_LARGE, IMPORT_LIMITS } from "./domain/client-import";

export const CLIENT_STATUSES = ["LEAD", "ACTIVE", "COMPLETED", "ARCHIVED"] as const;

const id = (what: string) =>
  singleLineText({ error: `Choose ${what}.` })
    .min(1, `Choose ${what}.`)
    .max(64);

export const setClientStatusInput = z.object({
  clientId: id("a client"),
  status: z.enum(CLIENT_STATUSES, { error: "Choose lead, active, completed or archived." }),
});

export const clientIdInput = z.object({ clientId: id("a client") });

/** The caseload's view: the same fields as the page's URL search params. */
export const caseloadInput = z.object({
  coachProfileId: id("a coach").optional(),
  stalledOnly: z.boolean().default(false),
  search: singleLineText().trim().max(100, "Search with fewer than 100 characters.").default(""),
  sort: z.enum(CASELOAD_SORTS).default("activity"),
  direction: z.enum(["asc", "desc"]).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
});
export type CaseloadInput = z.input<typeof caseloadInput>;

export const stalledAfterDaysInput = z.object({
  stalledAfterDays: z
    .number({ error: `Enter a number of days between ${STALLED_DAYS.min} and ${STALLED_DAYS.max}.` })
    .int(`Enter a whole number of days between ${STALLED_DAYS.min} and ${STALLED_DAYS.max}.`)
    .min(STALLED_DAYS.min, `Enter a number of days between ${STALLED_DAYS.min} and ${STALLED_DAYS.max}.`)
    .max(STALLED_DAYS.max, `Enter a number of days between ${STALLED_DAYS.min} and ${STALLED_DAYS.max}.`),
});

const noteBody = multiLineText({ error: "Write the note first." })
  .trim()
  .min(1, "Write the note first.")
  .max(NOTE_MAX_LENGTH, `Keep a note under ${NOTE_MAX_LENGTH.toLocaleString("en")} characters; split a longer one.`);

export const addNoteInput = z.object({
  clientId: id("a client"),
  body: noteBody,
  sharedWithTeam: z.boolean().default(false),
});

/** A private note about one session, once it has started. */
export const addSessionNoteInput = z.object({
  bookingId: id("a session"),
  body: noteBody,
  sharedWithTeam: z.boolean().default(false),
});

export const updateNoteInput = z
  .object({ noteId: id("a note"), body: noteBody.optional(), sharedWithTeam: z.boolean().optional() })
  .refine((input) => input.body !== undefined || input.sharedWithTeam !== undefined, {
    message: "Change the text or the sharing.",
    path: ["body"],
  });

export const noteIdInput = z.object({ noteId: id("a note") });

/** The clients page: search, a status filter and a page, as in its URL. */
export const clientListInput = z.object({
  search: singleLineText().trim().max(100, "Search with fewer than 100 characters.").default(""),
  status: z.enum([...CLIENT_STATUSES, "ALL"]).default("ALL"),
  page: z.number().int().min(1).max(10_000).default(1),
});
export type ClientListInput = z.input<typeof clientListInput>;

export const addClientInput = z.object({
  name: singleLineText({ error: "Enter the client's name." })
    .trim()
    .min(1, "Enter the client's name.")
    .max(CLIENT_NAME_MAX_LENGTH, `Keep the name under ${CLIENT_NAME_MAX_LENGTH} characters.`),
  email: emailAddressSchema,
  timeZone: timeZoneSchema,
  note: multiLineText()
    .trim()
    .max(NOTE_MAX_LENGTH, `Keep the note under ${NOTE_MAX_LENGTH.toLocaleString("en")} characters.`)
    .default(""),
  /** Whose client: owners and admins choose; without one, the caller. */
  coachProfileId: id("a coach").optional(),
});

/** The CSV as text: a file the browser read, or what was pasted. Row bounds are checked when it is read. */
export const clientImportInput = z.object({
  csv: multiLineText({ error: "Choose a CSV file or paste its text." })
    .min(1, "Choose a CSV file or paste its text.")
    .max(IMPORT_LIMITS.characters, FILE_TOO_LARGE),
});
