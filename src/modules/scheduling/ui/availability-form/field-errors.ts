import type { IsoWeekday } from "~/lib/time-zones";
import { daysSent, type AvailabilityDraft } from "./draft";

// The server names fields by their place in the input it got (`weekly.0.ranges.1.end`). Unticked
// days and the order of overrides make that differ from the form's rows, so the rows sent are
// remembered and the paths mapped back.

interface RangeErrors {
  start?: string;
  end?: string;
}
export interface DayErrors {
  day?: string;
  date?: string;
  ranges: Record<number, RangeErrors>;
}
interface RowsSent {
  weekdays: IsoWeekday[];
  overrideKeys: string[];
}

export const NOTHING_SENT: RowsSent = { weekdays: [], overrideKeys: [] };

export const rowsSent = (draft: AvailabilityDraft): RowsSent => ({
  weekdays: daysSent(draft).map((day) => day.weekday),
  overrideKeys: draft.overrides.map((override) => override.key),
});

interface FormErrors {
  days: Map<IsoWeekday, DayErrors>;
  overrides: Map<string, DayErrors>;
  /** Messages of the form's other fields (`displayName`, `weekly`, `_`…), first one per path. */
  simple: Record<string, string>;
}

export function groupErrors(fields: Record<string, string>, sent: RowsSent): FormErrors {
  const days = new Map<IsoWeekday, DayErrors>();
  const overrides = new Map<string, DayErrors>();
  const simple: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^(weekly|overrides)\.(\d+)(?:\.(weekday|date|ranges)(?:\.(\d+)\.(start|end))?)?$/.exec(path);
    const row =
      match && (match[1] === "weekly" ? sent.weekdays[Number(match[2])] : sent.overrideKeys[Number(match[2])]);
    if (!match || row === undefined) {
      simple[path] ??= message;
      continue;
    }
    const map = (match[1] === "weekly" ? days : overrides) as Map<typeof row, DayErrors>;
    const errors = map.get(row) ?? { ranges: {} };
    map.set(row, errors);
    if (match[4] !== undefined) {
      const range = (errors.ranges[Number(match[4])] ??= {});
      range[match[5] as "start" | "end"] ??= message;
    } else if (match[3] === "date") {
      errors.date ??= message;
    } else {
      errors.day ??= message;
    }
  }
  return { days, overrides, simple };
}
