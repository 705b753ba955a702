import { addDays, localDateOf, weekdayOf, type LocalDate } from "~/lib/time-zones";
import type { OutreachKind } from "./outreach-effects";
import type { ContactStatus } from "./pipeline";

// "Today": what a client should do on the current day of their own calendar. Pure: the caller
// passes the instant, the client's zone, the project's settings, its contacts and its recent
// outreach (since `outreachHistoryStart`). The workspace panel and the 08:00 email both use it,
// so they can never disagree.
//
// The streak rule, as the client reads it: the streak counts the days (or weeks, for a weekly
// goal) in a row on which the goal was met. One missed day is forgiven — the streak carries on
// past it if the day before it was met — but two missed days in a row end it. A forgiven day
// does not add to the count. The current day never breaks a streak while it is still running;
// when yesterday was the forgiven miss, the streak is "at risk" until today's goal is met.

export type OutreachPeriod = "DAY" | "WEEK";

interface TodayProject {
  outreachGoalCount: number;
  outreachGoalPeriod: OutreachPeriod;
  maxFollowUps: number;
}

export interface TodayContact {
  id: string;
  name: string;
  status: ContactStatus;
  lastContactedAt: Date | null;
  nextFollowUpOn: LocalDate | null;
  followUpCount: number;
  interviewedAt: Date | null;
  thankedAt: Date | null;
  referrerToldAt: Date | null;
  referrerName: string | null;
}

export interface TodayOutreach {
  contactId: string;
  kind: OutreachKind;
  sentAt: Date;
}

interface FollowUpDue {
  contactId: string;
  contactName: string;
  dueOn: LocalDate;
  daysSinceContact: number;
  /** Follow-ups already sent. */
  attempts: number;
  /** The cap is reached: suggest marking "no reply" rather than writing again. */
  suggestNoReply: boolean;
}

interface ThankYouDue {
  contactId: string;
  contactName: string;
  interviewedAt: Date;
  dueBy: Date;
  overdue: boolean;
}

interface ReferrerUpdateDue {
  contactId: string;
  contactName: string;
  referrerName: string;
}

export interface Today {
  date: LocalDate;
  goal: { target: number; done: number; period: OutreachPeriod; met: boolean };
  streak: { count: number; atRisk: boolean };
  followUps: FollowUpDue[];
  thankYous: ThankYouDue[];
  referrerUpdates: ReferrerUpdateDue[];
  /** Anything at all to do: the 08:00 email is sent only then. */
  anythingDue: boolean;
}

const THANK_YOU_WITHIN_MS = 24 * 60 * 60 * 1000;
const HISTORY = { DAY: 90, WEEK: 26 * 7 } as const;
// Messages that ask for a conversation count towards the goal; thank-yous and referrer updates are courtesies.
const GOAL_KINDS: readonly OutreachKind[] = ["INITIAL", "FOLLOW_UP"];
const FOLLOWING_UP: readonly ContactStatus[] = ["CONTACTED", "FOLLOW_UP_DUE"];

/** The period (a date, or the Monday of an ISO week) that `date` belongs to. */
export function periodStart(date: LocalDate, period: OutreachPeriod): LocalDate {
  return period === "DAY" ? date : addDays(date, 1 - weekdayOf(date));
}

const previousPeriod = (start: LocalDate, period: OutreachPeriod) => addDays(start, period === "DAY" ? -1 : -7);

/** The first local date whose outreach `computeToday` needs; the streak looks back no further. */
export function outreachHistoryStart(today: LocalDate, period: OutreachPeriod): LocalDate {
  return periodStart(addDays(today, -HISTORY[period]), period);
}

/** Calendar days between two local dates (b − a). */
function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Distinct people asked for a conversation, per period. */
function peopleReachedByPeriod(outreach: readonly TodayOutreach[], period: OutreachPeriod, timeZone: string) {
  const byPeriod = new Map<LocalDate, Set<string>>();
  for (const event of outreach) {
    if (!GOAL_KINDS.includes(event.kind)) continue;
    const key = periodStart(localDateOf(event.sentAt, timeZone), period);
    const people = byPeriod.get(key) ?? new Set<string>();
    people.add(event.contactId);
    byPeriod.set(key, people);
  }
  return (key: LocalDate) => byPeriod.get(key)?.size ?? 0;
}

function streakOf(
  current: LocalDate,
  period: OutreachPeriod,
  met: (start: LocalDate) => boolean,
  historyStart: LocalDate,
): { count: number; atRisk: boolean } {
  let count = met(current) ? 1 : 0;
  let cursor = previousPeriod(current, period);
  const forgivingYesterday = !met(current) && !met(cursor);
  while (cursor >= historyStart) {
    if (met(cursor)) {
      count++;
      cursor = previousPeriod(cursor, period);
      continue;
    }
    const before = previousPeriod(cursor, period);
    if (before < historyStart || !met(before)) break;
    cursor = before; // a single miss: forgiven, not counted
  }
  return { count, atRisk: forgivingYesterday && count > 0 };
}

export function computeToday(input: {
  now: Date;
  timeZone: string;
  project: TodayProject;
  contacts: readonly TodayContact[];
  outreach: readonly TodayOutreach[];
}): Today {
  const { now, timeZone, project, contacts } = input;
  const date = localDateOf(now, timeZone);
  const period = project.outreachGoalPeriod;
  const current = periodStart(date, period);
  const historyStart = outreachHistoryStart(date, period);
  const reached = peopleReachedByPeriod(input.outreach, period, timeZone);
  const target = project.outreachGoalCount;
  const done = reached(current);
  const goal = { target, done, period, met: done >= target };
  const streak = target > 0 ? streakOf(current, period, (start) => reached(start) >= target, historyStart) : null;

  const followUps = contacts
    .filter((c) => FOLLOWING_UP.includes(c.status) && c.nextFollowUpOn !== null && c.nextFollowUpOn <= date)
    .map((c) => ({
      contactId: c.id,
      contactName: c.name,
      dueOn: c.nextFollowUpOn!,
      daysSinceContact: c.lastContactedAt ? daysBetween(localDateOf(c.lastContactedAt, timeZone), date) : 0,
      attempts: c.followUpCount,
      suggestNoReply: c.followUpCount >= project.maxFollowUps,
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.contactName.localeCompare(b.contactName));

  const happened = (c: TodayContact): c is TodayContact & { interviewedAt: Date } =>
    c.interviewedAt !== null && c.interviewedAt.getTime() <= now.getTime();

  const thankYous = contacts
    .filter(happened)
    .filter((c) => c.thankedAt === null || c.thankedAt.getTime() < c.interviewedAt.getTime())
    .map((c) => {
      const dueBy = new Date(c.interviewedAt.getTime() + THANK_YOU_WITHIN_MS);
      return {
        contactId: c.id,
        contactName: c.name,
        interviewedAt: c.interviewedAt,
        dueBy,
        overdue: now.getTime() > dueBy.getTime(),
      };
    })
    .sort((a, b) => a.dueBy.getTime() - b.dueBy.getTime());

  const referrerUpdates = contacts
    .filter(happened)
    .filter((c) => c.referrerName !== null && c.referrerToldAt === null)
    .map((c) => ({ contactId: c.id, contactName: c.name, referrerName: c.referrerName! }));

  return {
    date,
    goal,
    streak: streak ?? { count: 0, atRisk: false },
    followUps,
    thankYous,
    referrerUpdates,
    anythingDue:
      followUps.length > 0 || (target > 0 && !goal.met) || thankYous.length > 0 || referrerUpdates.length > 0,
  };
}
