import { isValidTimeZone } from "./time-zones";

/**
 * The zone a page shows times in for the person reading it: the one on their account (their
 * browser's, reported when they sign in, or the one they chose on their profile), else the
 * practice's. One rule, so two pages never show the same session at different times. A zone
 * the runtime does not know (an old or mistyped name) would make every formatter throw, so it
 * counts as none.
 */
export function viewerZone(
  viewer: { timeZone?: string | null } | null | undefined,
  practice: { timeZone: string },
): string {
  const own = viewer?.timeZone;
  return own && isValidTimeZone(own) ? own : practice.timeZone;
}
