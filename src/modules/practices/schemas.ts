import { z } from "zod";
import { emailAddressSchema } from "~/lib/email-address";
import { singleLineText } from "~/lib/input-text";
import { slugSchema } from "~/lib/slug";
import { timeZoneSchema } from "~/lib/time-zones";
import { ALL_ROLES } from "~/server/auth/roles";

const roleSchema = z.enum(ALL_ROLES, { error: "Choose a role: owner, admin, coach or client." });

const practiceName = singleLineText()
  .trim()
  .min(2, "Give the practice a name of at least 2 characters.")
  .max(80, "Keep the name under 80 characters.");
const id = singleLineText().trim().min(1).max(40);

export const slugAvailabilityInput = z.object({ slug: slugSchema });
export const createPracticeInput = z.object({ name: practiceName, slug: slugSchema, timeZone: timeZoneSchema });

export const updatePracticeInput = z.object({
  name: practiceName,
  timeZone: timeZoneSchema,
  brandColor: singleLineText()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "Use a hex colour like #0f766e."),
  logoUrl: singleLineText()
    .trim()
    .max(500, "That logo address is too long.")
    .refine(
      (value) => value === "" || /^https:\/\/[^\s"'<>]+$/.test(value),
      "The logo must be an https:// image address.",
    )
    .transform((value) => (value === "" ? null : value)),
});

export const staffSecondFactorInput = z.object({ required: z.boolean() });

export const inviteMemberInput = z.object({ email: emailAddressSchema, role: roleSchema });
export const membershipIdInput = z.object({ membershipId: id });
export const changeRoleInput = z.object({ membershipId: id, role: roleSchema });
export const invitationIdInput = z.object({ invitationId: id });
export const auditListInput = z.object({
  cursor: singleLineText().max(40).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});
