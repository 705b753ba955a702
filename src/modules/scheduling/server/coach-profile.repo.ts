import { isUniqueViolation } from "~/server/db/errors";
import type { TenantDb } from "~/server/db/tenant";
import type { WeeklyHours } from "../domain/availability";
import type { CoachSchedule } from "../domain/session-types";

const profileSelect = {
  id: true,
  membershipId: true,
  slug: true,
  displayName: true,
  headline: true,
  bookingEnabled: true,
  timeZone: true,
  weeklyHours: true,
  dateOverrides: true,
  updatedAt: true,
} as const;

interface CoachProfileData extends CoachSchedule {
  slug: string;
  displayName: string;
  headline: string | null;
  bookingEnabled: boolean;
}

export function findCoachProfileByMembership(db: TenantDb, membershipId: string) {
  return db.coachProfile.findFirst({ where: { membershipId }, select: profileSelect });
}

export type CoachProfileRow = NonNullable<Awaited<ReturnType<typeof findCoachProfileByMembership>>>;

// Plain objects with only the known keys: what goes into the JSON columns is exactly what the slot engine reads.
const rangesJson = (ranges: WeeklyHours["ranges"]) => ranges.map(({ start, end }) => ({ start, end }));

function toRow(data: CoachProfileData) {
  // Field by field, so nothing else the caller's object carries (a procedure's practiceSlug) reaches Prisma.
  return {
    slug: data.slug,
    displayName: data.displayName,
    headline: data.headline,
    bookingEnabled: data.bookingEnabled,
    timeZone: data.timeZone,
    weeklyHours: data.weekly.map(({ weekday, ranges }) => ({ weekday, ranges: rangesJson(ranges) })),
    dateOverrides: data.overrides.map(({ date, ranges }) => ({ date, ranges: rangesJson(ranges) })),
  };
}

/** Creates or replaces the membership's profile; null when the slug is taken by another coach of the practice. */
export async function upsertCoachProfile(db: TenantDb, membershipId: string, data: CoachProfileData) {
  const row = toRow(data);
  try {
    return await db.coachProfile.upsert({
      where: { membershipId },
      create: { ...row, membershipId, practiceId: db.practiceId },
      update: row,
      select: profileSelect,
    });
  } catch (error) {
    // The only other unique key is membershipId, which the upsert itself is keyed on.
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

export async function isCoachSlugTaken(db: TenantDb, slug: string, exceptMembershipId: string): Promise<boolean> {
  return (await db.coachProfile.count({ where: { slug, NOT: { membershipId: exceptMembershipId } } })) > 0;
}

/** Slugs of the practice's coach profiles that start with `prefix`, to pick a free one in a single query. */
export async function listCoachSlugsStartingWith(db: TenantDb, prefix: string): Promise<string[]> {
  const rows = await db.coachProfile.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } });
  return rows.map((row) => row.slug);
}

/** The caller's own user details, reached through their membership (the tenant layer has no user delegate). */
export async function findMemberUser(db: TenantDb, membershipId: string) {
  const membership = await db.membership.findFirst({
    where: { id: membershipId },
    select: { user: { select: { timeZone: true, name: true, email: true } } },
  });
  return membership?.user ?? null;
}
