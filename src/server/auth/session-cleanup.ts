import { KNOWN_BROWSER_DAYS } from "./new-browser-rule";
import { deleteEndedSessionsAndLinks } from "./session-rows.system.repo";

const DAY_MS = 86_400_000;

/** The worker's daily sweep of what sign-in leaves behind: sessions long over and sign-in links never used. */
export function cleanUpEndedSessions(now: Date) {
  return deleteEndedSessionsAndLinks(new Date(now.getTime() - KNOWN_BROWSER_DAYS * DAY_MS), now);
}
