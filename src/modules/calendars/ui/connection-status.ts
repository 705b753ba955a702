import { formatInstant } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import type { ConnectionView } from "../server/calendars-view";
import { relativeTime } from "./relative-time";

type StatusFacts = Pick<ConnectionView, "lastSuccessAt" | "nextRefreshAt" | "busyBlockCount">;

/**
 * "3 minutes ago" once the browser knows the time; the viewer's clock time until then (`now` null, while the page
 * hydrates), so the server's render and the browser's first one agree.
 */
const instantWords = (at: Date, timeZone: string, reader: ViewerLocale, now: Date | null) =>
  now ? relativeTime(at, now) : formatInstant(at, timeZone, reader);

/**
 * The same for something that has happened. The server's clock and the browser's differ by a few seconds: a read the
 * server stamped a moment "ahead" of the browser was still a moment ago, not "in under a minute".
 */
export const pastInstantWords = (at: Date, timeZone: string, reader: ViewerLocale, now: Date | null) =>
  instantWords(now && at > now ? now : at, timeZone, reader, now);

const busyTimes = (count: number) =>
  count === 0 ? "no busy times" : `${count} busy ${count === 1 ? "time" : "times"}`;

type Words = (at: Date) => string;

function line({ lastSuccessAt, nextRefreshAt, busyBlockCount }: StatusFacts, said: { past: Words; next: Words }) {
  return [
    lastSuccessAt ? `Updated ${said.past(lastSuccessAt)}` : "Not read yet",
    `next ${said.next(nextRefreshAt)}`,
    busyTimes(busyBlockCount),
  ].join(" · ");
}

/**
 * "Updated 3 minutes ago · next in 2 minutes · 14 busy times", and the same line with clock times in the viewer's zone,
 * as they read clocks, for a tooltip.
 */
export function connectionStatusLine(facts: StatusFacts, timeZone: string, reader: ViewerLocale, now: Date | null) {
  const absolute = (at: Date) => formatInstant(at, timeZone, reader);
  return {
    text: line(facts, {
      past: (at) => pastInstantWords(at, timeZone, reader, now),
      // Overdue: the worker takes it up on its next round.
      next: (at) => (now && at <= now ? "any moment" : instantWords(at, timeZone, reader, now)),
    }),
    absolute: line(facts, { past: absolute, next: absolute }),
  };
}
