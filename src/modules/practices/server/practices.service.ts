import { createStarterKit } from "~/modules/projects/server/starter-kit";
import { personHasSecondFactor } from "~/modules/second-factor/server/factors.service";
import { AppError } from "~/server/errors";
import type { TenantContext } from "~/server/api/tenant-context";
import type { z } from "zod";
import type { createPracticeInput, staffSecondFactorInput, updatePracticeInput } from "../schemas";
import { createPracticeWithOwner, isSlugTaken, listPracticesForUser } from "./practices.system.repo";
import { updatePracticeSettings, updateStaffSecondFactorRequirement } from "./members.repo";

const slugTaken = () =>
  new AppError("CONFLICT", "That address is already taken. Try another.", {
    slug: "That address is already taken. Try another.",
  });

export async function createPractice(ownerUserId: string, input: z.infer<typeof createPracticeInput>) {
  if (await isSlugTaken(input.slug)) throw slugTaken();
  const practice = await createPracticeWithOwner({ ...input, ownerUserId }, createStarterKit);
  if (!practice) throw slugTaken(); // lost a race to the unique index
  return { slug: practice.slug };
}

export async function isSlugAvailable(slug: string) {
  return { available: !(await isSlugTaken(slug)) };
}

export async function listMyPractices(userId: string) {
  const memberships = await listPracticesForUser(userId);
  return memberships.map(({ role, practice }) => ({ ...practice, role }));
}

export function getPractice(ctx: TenantContext) {
  const { id, slug, name, timeZone, brandColor, logoUrl, requireStaffSecondFactor } = ctx.practice;
  return { id, slug, name, timeZone, brandColor, logoUrl, requireStaffSecondFactor, role: ctx.membership.role };
}

export async function updatePractice(ctx: TenantContext, input: z.infer<typeof updatePracticeInput>) {
  const practice = await updatePracticeSettings(ctx.db, {
    name: input.name,
    timeZone: input.timeZone,
    brandColor: input.brandColor,
    logoUrl: input.logoUrl,
  });
  return { slug: practice.slug, name: practice.name };
}

/**
 * Turns the staff second-factor requirement on or off. The owner needs a factor first: otherwise the switch would
 * shut them out of the very page that turns it off again.
 */
export async function setStaffSecondFactorRequirement(
  ctx: TenantContext,
  input: z.infer<typeof staffSecondFactorInput>,
) {
  if (input.required && !(await personHasSecondFactor(ctx.actor.userId))) {
    throw new AppError(
      "CONFLICT",
      "Add an authenticator app or a passkey to your own account on your security page first.",
    );
  }
  const practice = await updateStaffSecondFactorRequirement(ctx.db, input.required);
  return { requireStaffSecondFactor: practice.requireStaffSecondFactor };
}
