import { z } from "zod";
import { multiLineText, singleLineText } from "~/lib/input-text";
import { CASELOAD_SORTS, STALLED_DAYS } from "./domain/caseload";

const CLIENT_STATUSES = ["LEAD", "ACTIVE", "COMPLETED", "ARCHIVED"] as const;

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

export const NOTE_MAX_LENGTH = 5_000;
const noteBody = multiLineText({ error: "Write the note first." })
  .trim()
  .min(1, "Write the note first.")
  .max(NOTE_MAX_LENGTH, `Keep a note under ${NOTE_MAX_LENGTH.toLocaleString("en")} characters; split a longer one.`);

export const addNoteInput = z.object({
  clientId: id("a client"),
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
