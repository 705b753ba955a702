import { createStarterKit } from "~/modules/projects/server/starter-kit";
import { AppError } from "~/server/errors";
import type { TenantContext } from "~/server/api/tenant-context";
import type { z } from "zod";
import type { createPracticeInput, updatePracticeInput } from "../schemas";
import { createPracticeWithOwner, isSlugTaken, listPracticesForUser } from "./practices.system.repo";
import { updatePracticeSettings } from "./members.repo";

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
  const { id, slug, name, timeZone, brandColor, logoUrl } = ctx.practice;
  return { id, slug, name, timeZone, brandColor, logoUrl, role: ctx.membership.role };
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
