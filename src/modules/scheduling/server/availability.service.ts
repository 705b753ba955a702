import { slugify, slugSchema } from "~/lib/slug";
import { isValidTimeZone } from "~/lib/time-zones";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError } from "~/server/errors";
import { DEFAULT_AVAILABILITY } from "../domain/availability";
import { DISCOVERY_SLUG, firstFreeSlug, NEW_COACH_DISCOVERY } from "../domain/session-type-input";
import { dateOverridesSchema, weeklyHoursSchema, type UpdateAvailabilityInput } from "../schemas";
import { requireCoachRole } from "./coach-access";
import * as repo from "./coach-profile.repo";
import * as sessionTypeRepo from "./session-type.repo";

const slugTaken = () =>
  new AppError("CONFLICT", "Another coach in this practice already uses that address. Try another.", {
    slug: "Another coach in this practice already uses that address. Try another.",
  });

function profileView(row: repo.CoachProfileRow) {
  const { weeklyHours, dateOverrides, membershipId: _membershipId, id: _id, updatedAt, ...rest } = row;
  // Rows are written through the same schemas; a row that no longer parses is shown as empty rather than
  // breaking the editor, and the coach's next save replaces it.
  const weekly = weeklyHoursSchema.safeParse(weeklyHours);
  const overrides = dateOverridesSchema.safeParse(dateOverrides);
  return {
    ...rest,
    exists: true as boolean,
    updatedAt: updatedAt as Date | null,
    weekly: weekly.success ? weekly.data : [],
    overrides: overrides.success ? overrides.data : [],
  };
}

export type AvailabilityView = ReturnType<typeof profileView>;

/** A slug that passes slugSchema, made from the coach's name, free within the practice (-2, -3… appended). */
async function freeSlugFor(ctx: TenantContext, name: string): Promise<string> {
  let base = slugify(name);
  if (base.length < 3) base = base ? `${base}-coach` : "coach";
  if (!slugSchema.safeParse(base).success) base = "coach";
  return firstFreeSlug(base, new Set(await repo.listCoachSlugsStartingWith(ctx.db, base)));
}

/** The caller's availability, or a draft from the defaults (`exists: false`) when they have not saved one yet. */
export async function getMyAvailability(ctx: TenantContext): Promise<AvailabilityView> {
  requireCoachRole(ctx);
  const profile = await repo.findCoachProfileByMembership(ctx.db, ctx.membership.id);
  if (profile) return profileView(profile);

  const user = await repo.findMemberUser(ctx.db, ctx.membership.id);
  const email = user?.email ?? ctx.actor.email;
  const name = (user?.name?.trim() || email.split("@")[0] || "Coach").slice(0, 80);
  const timeZone = user?.timeZone && isValidTimeZone(user.timeZone) ? user.timeZone : ctx.practice.timeZone;
  return {
    exists: false,
    updatedAt: null,
    slug: await freeSlugFor(ctx, name),
    displayName: name,
    headline: null,
    bookingEnabled: true,
    timeZone,
    weekly: structuredClone(DEFAULT_AVAILABILITY.weekly),
    overrides: [],
  };
}

export async function updateMyAvailability(
  ctx: TenantContext,
  input: UpdateAvailabilityInput,
): Promise<AvailabilityView> {
  requireCoachRole(ctx);
  if (await repo.isCoachSlugTaken(ctx.db, input.slug, ctx.membership.id)) throw slugTaken();
  const saved = await repo.upsertCoachProfile(ctx.db, ctx.membership.id, input);
  if (!saved) throw slugTaken(); // lost a race to the unique index
  // The first save opens the coach's booking page, which offers the free discovery session from then on. Counted
  // rather than remembered from before the upsert: a concurrent first save waits on the profile row, then sees the
  // type the other one created.
  if ((await sessionTypeRepo.countSessionTypes(ctx.db, saved.id)) === 0) {
    await sessionTypeRepo.createSessionType(ctx.db, saved.id, {
      slug: DISCOVERY_SLUG,
      linkToken: null,
      settings: NEW_COACH_DISCOVERY,
    });
  }
  return profileView(saved);
}
