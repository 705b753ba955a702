import type { z } from "zod";
import type { detectedTimeZoneInput, updateProfileInput } from "../schemas";
import * as repo from "./profile.system.repo";

// Profile data belongs to the person, not to a practice: every call is keyed by the session's
// user id and nothing else.

export function getProfile(userId: string) {
  return repo.findProfile(userId);
}

export function updateProfile(userId: string, input: z.infer<typeof updateProfileInput>) {
  return repo.updateProfile(userId, { name: input.name, timeZone: input.timeZone, timeFormat: input.timeFormat });
}

/** The zone the browser reported, kept only while the person has not chosen one. */
export async function reportDetectedTimeZone(userId: string, input: z.infer<typeof detectedTimeZoneInput>) {
  return { updated: (await repo.setTimeZoneIfUnset(userId, input.timeZone)).count === 1 };
}
