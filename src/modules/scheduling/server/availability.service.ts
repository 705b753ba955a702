import { slugify, slugSchema } from "~/lib/slug";
import { isValidTimeZone } from "~/lib/time-zones";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError } from "~/server/errors";
import { isStaffRole } from "~/server/auth/roles";
import { DEFAULT_AVAILABILITY } from "../domain/availability";
import { dateOverridesSchema, weeklyHoursSchema, type UpdateAvailabilityInput } from "../schemas";
import * as repo from "./coach-profile.repo";

const SLUG_MAX = 40;

const slugTaken = () =>
  new AppError("CONFLICT", "Another coach in this practice already uses that address. Try another.", {
    slug: "Another coach in this practice already uses that address. Try another.",
  });

function requireCoachRole(ctx: TenantContext) {
  // The procedures are gated to staff already; this keeps the rule true for any other caller of the service.
  if (!isStaffRole(ctx.membership.role)) {
    throw new AppError("FORBIDDEN", "Only owners, admins and coaches take bookings.");
  }
}

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
  const taken = new Set(await repo.listCoachSlugsStartingWith(ctx.db, base));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
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
  const defaults = structuredClone(DEFAULT_AVAILABILITY);
  return {
    exists: false,
    updatedAt: null,
    slug: await freeSlugFor(ctx, name),
    displayName: name,
    headline: null,
    bookingEnabled: true,
    timeZone,
    weekly: defaults.weekly,
    overrides: defaults.overrides,
    sessionMinutes: defaults.sessionMinutes,
    slotIntervalMinutes: defaults.slotIntervalMinutes,
    bufferBeforeMinutes: defaults.bufferBeforeMinutes,
    bufferAfterMinutes: defaults.bufferAfterMinutes,
    minimumNoticeMinutes: defaults.minimumNoticeMinutes,
    horizonDays: defaults.horizonDays,
    maxSessionsPerDay: defaults.maxSessionsPerDay,
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
  return profileView(saved);
}
