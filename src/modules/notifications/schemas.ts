import { z } from "zod";
import { singleLineText } from "~/lib/input-text";
import { OPTIONAL_EMAIL_CATEGORIES, type OptionalEmailCategory } from "~/server/email/categories";

export const EMAIL_STATUSES = ["QUEUED", "SENDING", "SENT", "DEAD", "CANCELLED"] as const;
export type EmailStatusFilter = (typeof EMAIL_STATUSES)[number];

export const emailLogInput = z.object({
  status: z.enum(EMAIL_STATUSES, { error: "Choose one of the listed statuses." }).nullish(),
  cursor: singleLineText().max(40).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});

export const retryEmailInput = z.object({
  messageId: singleLineText().min(1, "Choose an email to retry.").max(40),
});

const optionalCategories = Object.keys(OPTIONAL_EMAIL_CATEGORIES) as [
  OptionalEmailCategory,
  ...OptionalEmailCategory[],
];

export const setEmailPreferenceInput = z.object({
  category: z.enum(optionalCategories, { error: "That kind of email cannot be turned off." }),
  enabled: z.boolean({ error: "Say whether these emails should be on or off." }),
});
