import { addDays, eachDate, localDateOfMs } from "~/lib/time-zones";
import { validateAvailabilityRules, type AvailabilityRules } from "./availability-rules";
import { bookingLoad, type BookingLoad, type ExistingBooking } from "./booking-load";
import { gridSlotsOn, hoursResolver, openRangesOn, type GridSlot } from "./slot-grid";

export {
  DEFAULT_AVAILABILITY,
  defaultAvailabilityRules,
  validateAvailabilityRules,
  type AvailabilityRules,
  type DateOverride,
  type TimeRange,
  type WeeklyHours,
} from "./availability-rules";
export type { ExistingBooking } from "./booking-load";

export interface Slot {
  start: Date;
  end: Date;
}

/** A slot as epoch milliseconds: what the engine computes, before any Date is built. */
export interface SlotMs {
  startMs: number;
  endMs: number;
}

export type SlotRefusal =
  | "in_past"
  | "not_on_grid"
  | "outside_hours"
  | "too_soon"
  | "beyond_horizon"
  | "daily_limit"
  | "conflict"
  | "calendar_busy";

type SlotCheck = { ok: true; slot: Slot } | { ok: false; reason: SlotRefusal };

interface SlotQuery {
  rules: AvailabilityRules;
  /** The coach's active bookings, as instants. Order does not matter. */
  bookings: ExistingBooking[];
  /**
   * Times the coach's own calendars hold. They keep the session type's buffers clear as bookings do, but they are
   * not sessions, so they never count towards the daily cap.
   */
  calendarBusy?: ExistingBooking[];
  now: Date;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Every bookable start with from <= start < to, ascending, each instant once. `from`/`to` are instants: turning a
 * viewer's dates into instants is the caller's job (instantRangeOfLocalDates), and the viewer's zone never changes
 * which instants exist, only how they are labelled. Throws when the rules are invalid (see validateAvailabilityRules).
 */
export function computeAvailableSlots(args: SlotQuery & { from: Date; to: Date }): Slot[] {
  return computeAvailableSlotsMs(args).map(({ startMs, endMs }) => ({
    start: new Date(startMs),
    end: new Date(endMs),
  }));
}

/**
 * computeAvailableSlots in epoch milliseconds, for callers that keep or serialise the list without needing Dates
 * (inside `next start` each Date costs a pass through Next's wrapper).
 */
export function computeAvailableSlotsMs(args: SlotQuery & { from: Date; to: Date }): SlotMs[] {
  const context = slotContext(args);
  const { rules } = args;
  const fromMs = args.from.getTime();
  const toMs = args.to.getTime();
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) throw new RangeError("`from` and `to` must be valid dates.");
  // Nothing before now + notice or from the horizon on can pass, so only those dates are visited; this also bounds the
  // work when a caller asks for years.
  const earliest = Math.max(fromMs, context.nowMs + rules.minimumNoticeMinutes * MINUTE_MS);
  const latest = Math.min(toMs, context.horizonEndMs);
  if (!(earliest < latest)) return [];

  // A day of margin each side: coach-local dates and the instants of [from, to) need not line up (a viewer in Los
  // Angeles asking for "Tuesday" spans two dates of a coach in Kolkata), and the filter below trims the excess.
  const dates = eachDate(
    addDays(localDateOfMs(earliest, rules.timeZone), -1),
    addDays(localDateOfMs(latest, rules.timeZone), 1),
  );
  const slots: SlotMs[] = [];
  for (const date of dates) {
    for (const candidate of gridSlotsOn(rules, date, context.hoursOn)) {
      if (candidate.startMs < fromMs || candidate.startMs >= toMs) continue;
      if (refusalOf(candidate, context) === null) slots.push({ startMs: candidate.startMs, endMs: candidate.endMs });
    }
  }
  // Dates are visited in order and each date's grid is sorted, but a fall-back across midnight could interleave
  // neighbouring dates, so sort and de-duplicate rather than rely on it.
  slots.sort((a, b) => a.startMs - b.startMs);
  return slots.filter((slot, i) => i === 0 || slot.startMs !== slots[i - 1]!.startMs);
}

/**
 * Whether a client may book the session starting at `start` — the check to run (inside the booking transaction)
 * before inserting. It finds the start on the same grid and applies the same refusalOf as computeAvailableSlots, so
 * a start is ok here exactly when the list (for any window containing it) offers it. The reason is for the client:
 * the first of in_past, outside_hours / not_on_grid, too_soon, beyond_horizon, daily_limit, conflict, calendar_busy that applies.
 */
export function checkSlot(args: SlotQuery & { start: Date }): SlotCheck {
  const context = slotContext(args);
  const { rules } = args;
  const startMs = args.start.getTime();
  if (Number.isNaN(startMs)) throw new RangeError("`start` is not a valid date.");
  if (startMs < context.nowMs) return { ok: false, reason: "in_past" };

  const date = localDateOfMs(startMs, rules.timeZone);
  // Neighbouring dates too, in case a zone's clock change puts a grid slot on a date other than the one its instant
  // reads (it should not, but the list looks at every date, so the check does as well).
  const candidate = [addDays(date, -1), date, addDays(date, 1)]
    .flatMap((d) => gridSlotsOn(rules, d, context.hoursOn))
    .find((slot) => slot.startMs === startMs);
  if (!candidate) {
    const range = openRangesOn(rules, date, context.hoursOn).find(
      (r) => r.opensAtMs <= startMs && startMs < r.closesAtMs,
    );
    // Inside the hours but not a grid time is an off-grid start; one whose session would run past closing is not.
    const fits = range && startMs + rules.sessionMinutes * MINUTE_MS <= range.closesAtMs;
    return { ok: false, reason: fits ? "not_on_grid" : "outside_hours" };
  }
  const reason = refusalOf(candidate, context);
  if (reason !== null) return { ok: false, reason };
  return { ok: true, slot: { start: new Date(candidate.startMs), end: new Date(candidate.endMs) } };
}

interface SlotContext {
  rules: AvailabilityRules;
  nowMs: number;
  horizonEndMs: number;
  load: BookingLoad;
  calendarLoad: BookingLoad;
  hoursOn: ReturnType<typeof hoursResolver>;
}

function slotContext({ rules, bookings, calendarBusy = [], now }: SlotQuery): SlotContext {
  const problems = validateAvailabilityRules(rules);
  if (problems.length > 0) throw new RangeError(`Invalid availability rules: ${problems.join(" ")}`);
  if (Number.isNaN(now.getTime())) throw new RangeError("`now` is not a valid date.");
  return {
    rules,
    nowMs: now.getTime(),
    horizonEndMs: now.getTime() + rules.horizonDays * DAY_MS,
    load: bookingLoad(bookings, rules.timeZone, rules.bufferBeforeMinutes, rules.bufferAfterMinutes),
    calendarLoad: bookingLoad(calendarBusy, rules.timeZone, rules.bufferBeforeMinutes, rules.bufferAfterMinutes),
    hoursOn: hoursResolver(rules),
  };
}

/** The single predicate both the list and the check apply to a grid slot; null means bookable. */
function refusalOf(
  slot: GridSlot,
  { rules, nowMs, horizonEndMs, load, calendarLoad }: SlotContext,
): SlotRefusal | null {
  const { startMs, endMs } = slot;
  if (startMs < nowMs) return "in_past";
  if (startMs < nowMs + rules.minimumNoticeMinutes * MINUTE_MS) return "too_soon";
  // Exclusive, like every other bound here: a horizon of 1 day from 09:00 offers up to, not including, 09:00 tomorrow.
  if (startMs >= horizonEndMs) return "beyond_horizon";
  if (rules.maxSessionsPerDay !== null && load.countOn(slot.date, startMs) >= rules.maxSessionsPerDay) {
    return "daily_limit";
  }
  if (load.clashes(startMs, endMs)) return "conflict";
  if (calendarLoad.clashes(startMs, endMs)) return "calendar_busy";
  return null;
}
