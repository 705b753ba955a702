import { z } from "zod";
import { singleLineText } from "~/lib/input-text";

const id = singleLineText().trim().min(1).max(64);

/** Whose calendars: another coach's profile (owners and admins), or the caller's own when left out. */
const coachChoice = { coachProfileId: id.optional() };

const MAX_URL_LENGTH = 2048;

/** An http(s) address as a person pastes it; `webcal://` (what calendar apps hand out) means https. */
const calendarUrl = (field: string) =>
  singleLineText()
    .trim()
    .min(1, `Paste the ${field}.`)
    .max(MAX_URL_LENGTH, `That address is longer than ${MAX_URL_LENGTH} characters.`)
    .transform((value) => value.replace(/^webcals?:\/\//i, "https://"))
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password;
      } catch {
        return false;
      }
    }, `Enter the ${field} as a full address starting with https://.`);

export const calendarsOverviewInput = z.object(coachChoice);

export const connectFeedInput = z.object({
  ...coachChoice,
  url: calendarUrl("calendar's address"),
  allDayEventsBlock: z.boolean().default(true),
});

export const connectCaldavInput = z.object({
  ...coachChoice,
  serverUrl: calendarUrl("server address"),
  username: singleLineText().trim().min(1, "Enter the username.").max(320, "That username is too long."),
  // An app password is used as typed: no trimming.
  password: singleLineText().min(1, "Enter the app password.").max(512, "That password is too long."),
});

export const startGoogleInput = z.object(coachChoice);

/** What Google's consent page sends back to the callback. */
export const completeGoogleInput = z.object({
  code: singleLineText().trim().min(1).max(2048),
  state: singleLineText().trim().min(1).max(2048),
});

export const updateCalendarInput = z
  .object({ calendarId: id, blocksTime: z.boolean().optional(), receivesSessions: z.boolean().optional() })
  .refine((value) => value.blocksTime !== undefined || value.receivesSessions !== undefined, {
    message: "Say what to change.",
  });

export const updateConnectionInput = z.object({ connectionId: id, allDayEventsBlock: z.boolean() });

export const connectionIdInput = z.object({ connectionId: id });

export const sessionFeedInput = z.object(coachChoice);

export type ConnectFeedInput = z.output<typeof connectFeedInput>;
export type ConnectCaldavInput = z.output<typeof connectCaldavInput>;
export type UpdateCalendarInput = z.output<typeof updateCalendarInput>;
