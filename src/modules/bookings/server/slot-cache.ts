import { LRUCache } from "lru-cache";
import type { Slot } from "~/modules/scheduling/domain/availability";

// Free slots kept in this process, keyed by the coach's schedule version (see ARCHITECTURE.md, "Slot cache"). Every
// change that can alter a coach's slots bumps the version in its own transaction (database triggers), and every
// request reads the version from the database before it looks here, so an answer from the cache is never older than
// the last committed change on any server. Superseded versions are never asked for again and age out of the LRU.

const MINUTE_MS = 60_000;

/** Which list: one session type of one coach over one window of instants, as of one schedule version. */
export interface SlotListKey {
  coachId: string;
  scheduleVersion: number;
  sessionTypeId: string;
  from: Date;
  to: Date;
}

/** The time rules a list was computed under, which decide how long it stays exact. */
interface ListRules {
  minimumNoticeMinutes: number;
  slotIntervalMinutes: number;
}

interface CachedList {
  slots: readonly Slot[];
  computedAtMs: number;
  noticeMs: number;
  freshUntilMs: number;
  /** The list as last read with slots dropped at its start, kept so that reads between two drops share one array. */
  tail?: { from: number; slots: readonly Slot[] };
}

/**
 * Schedules bounded by count (a coach's row and types, a few kilobytes), lists by the slots they hold in total (about
 * 150 bytes each: a 31-day list of half-hour slots is some 500 of them), so memory stays bounded whatever the windows.
 */
export class SlotCache<Schedule extends object> {
  private readonly schedules: LRUCache<string, Schedule>;
  private readonly lists: LRUCache<string, CachedList>;

  constructor(limits: { schedules: number; slots: number }) {
    this.schedules = new LRUCache({ max: limits.schedules });
    this.lists = new LRUCache({ maxSize: limits.slots, sizeCalculation: (entry) => entry.slots.length + 1 });
  }

  /** The coach's schedule (their row and session types) as of a version, parsed once. */
  schedule(coachId: string, scheduleVersion: number): Schedule | undefined {
    return this.schedules.get(`${coachId}:${scheduleVersion}`);
  }

  rememberSchedule(coachId: string, scheduleVersion: number, schedule: Schedule) {
    this.schedules.set(`${coachId}:${scheduleVersion}`, schedule);
  }

  /**
   * The list as it reads at `now`, or undefined when it must be computed again. A list computed at an earlier instant
   * holds every slot free at `now` except where time itself changes the answer: a slot can only drop out as the
   * minimum notice moves past it (filtered here), and none can appear, except at the horizon's far end, where one
   * grid step joins the list each interval. So an entry lives one grid step: a slot at the horizon's edge shows at most
   * that late, and only a coach's farthest day ever waits for it. A clock behind the computation (a frozen test clock,
   * another server's skew) recomputes rather than trusting a list from its future.
   *
   * Reads that keep the same slots get the same (read-only) array, so what is derived from it can be kept beside it
   * (the slots endpoint's JSON, slots-json.ts).
   */
  slots(key: SlotListKey, now: Date): readonly Slot[] | undefined {
    const entry = this.lists.get(keyOf(key));
    const nowMs = now.getTime();
    if (!entry || nowMs < entry.computedAtMs || nowMs >= entry.freshUntilMs) return undefined;
    if (nowMs === entry.computedAtMs) return entry.slots;
    const earliest = nowMs + entry.noticeMs;
    const found = entry.slots.findIndex((slot) => slot.start.getTime() >= earliest);
    const firstKept = found < 0 ? entry.slots.length : found;
    if (firstKept === 0) return entry.slots;
    if (entry.tail?.from !== firstKept) entry.tail = { from: firstKept, slots: entry.slots.slice(firstKept) };
    return entry.tail.slots;
  }

  /** Keeps a list computed at `computedAt` (the `now` it was computed for) under the rules of its type. */
  rememberSlots(key: SlotListKey, slots: readonly Slot[], computedAt: Date, rules: ListRules) {
    const computedAtMs = computedAt.getTime();
    this.lists.set(keyOf(key), {
      slots,
      computedAtMs,
      noticeMs: rules.minimumNoticeMinutes * MINUTE_MS,
      freshUntilMs: computedAtMs + rules.slotIntervalMinutes * MINUTE_MS,
    });
  }
}

const keyOf = (key: SlotListKey) =>
  `${key.coachId}:${key.scheduleVersion}:${key.sessionTypeId}:${key.from.getTime()}:${key.to.getTime()}`;
