// Human wording for two durations the reflection pages show: how soon after the conversation a
// reflection was started (the method asks for it "straight afterwards"), and how long a shared
// reflection has waited for the coach.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;

/** "35 minutes", "2 hours", "3 days" (rounded down, at least a minute). */
export function durationWords(ms: number): string {
  if (ms < HOUR) return plural(Math.max(1, Math.floor(ms / MINUTE)), "minute");
  if (ms < DAY) return plural(Math.floor(ms / HOUR), "hour");
  return plural(Math.floor(ms / DAY), "day");
}

/** "written 35 minutes after the conversation"; null before the first words were saved. */
export function writtenAfterLabel(interviewAt: Date, startedAt: Date | null): string | null {
  if (!startedAt) return null;
  const gap = startedAt.getTime() - interviewAt.getTime();
  // An interview logged with a later time than the first save (a typo in the date) has no honest gap.
  if (gap < 0) return "started before the conversation's recorded time";
  return `written ${durationWords(gap)} after the conversation`;
}

/** "waiting 3 days", "waiting 5 hours", "waiting 1 minute". */
export function waitingLabel(since: Date, now: Date): string {
  return `waiting ${durationWords(Math.max(0, now.getTime() - since.getTime()))}`;
}
