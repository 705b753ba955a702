const DAY_MS = 86_400_000;

/** Sessions in progress still count: the window reaches a day back, past the longest event we expect to be inside. */
const DAYS_BEFORE = 1;
/**
 * The horizon is counted in the coach's days, which may end up to 14 hours past the same count of UTC days, and
 * a visitor's page can ask for a little more; two days more keeps every page inside what was read.
 */
const DAYS_AFTER_HORIZON = 2;

/** The instants a calendar is expanded within, [fromMs, toMs), for a booking horizon of `horizonDays` from `now`. */
export function expansionWindow(now: Date, horizonDays: number): { fromMs: number; toMs: number } {
  if (!Number.isFinite(horizonDays) || horizonDays < 0) {
    throw new RangeError(`The booking horizon must be zero or more days, got ${horizonDays}`);
  }
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError("`now` must be a valid date.");
  return { fromMs: nowMs - DAYS_BEFORE * DAY_MS, toMs: nowMs + (horizonDays + DAYS_AFTER_HORIZON) * DAY_MS };
}
