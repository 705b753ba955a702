import type { AvailabilityRules, DateOverride, WeeklyHours } from "~/modules/scheduling/domain/availability";
import type { CoachProfile } from "~/server/db/client";

/** The slot engine's view of a stored coach profile. */
export function availabilityRulesOf(profile: CoachProfile): AvailabilityRules {
  return {
    timeZone: profile.timeZone,
    weekly: profile.weeklyHours as unknown as WeeklyHours[],
    overrides: profile.dateOverrides as unknown as DateOverride[],
    sessionMinutes: profile.sessionMinutes,
    slotIntervalMinutes: profile.slotIntervalMinutes,
    bufferBeforeMinutes: profile.bufferBeforeMinutes,
    bufferAfterMinutes: profile.bufferAfterMinutes,
    minimumNoticeMinutes: profile.minimumNoticeMinutes,
    horizonDays: profile.horizonDays,
    maxSessionsPerDay: profile.maxSessionsPerDay,
  };
}
