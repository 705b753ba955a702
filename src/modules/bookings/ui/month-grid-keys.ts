import { addDays, weekdayOf, type LocalDate } from "~/lib/local-dates";
import { firstDayOf, lastDayOf, monthOf, shiftMonth, type LocalMonth } from "./booking-view";

// The keys of the WAI-ARIA date picker grid (https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/examples/datepicker-dialog/),
// as a rule from the focused date to the next one, so the calendar component only moves focus.

export interface MonthGridBounds {
  /** The month on screen: Home and End stay inside its rows, whose other months' days are blank. */
  month: LocalMonth;
  /** The first and last months a visitor may page to; focus never leaves them. */
  minMonth: LocalMonth;
  maxMonth: LocalMonth;
}

export interface GridKeyPress {
  key: string;
  shiftKey: boolean;
}

/** The same day of the month `by` months away, or that month's last day when it is shorter (31 Jan → 28 Feb). */
function sameDayIn(date: LocalDate, by: number): LocalDate {
  const month = shiftMonth(monthOf(date), by);
  const candidate = `${month}-${date.slice(8)}`;
  const last = lastDayOf(month);
  return candidate > last ? last : candidate;
}

const clampTo = (date: LocalDate, from: LocalDate, to: LocalDate) => (date < from ? from : date > to ? to : date);

/** The date a key press moves focus to; `null` for keys the grid leaves to the browser (Tab, Enter, letters). */
export function dateAfterKey(focused: LocalDate, press: GridKeyPress, bounds: MonthGridBounds): LocalDate | null {
  const weekday = weekdayOf(focused);
  const target = ((): LocalDate | null => {
    switch (press.key) {
      case "ArrowLeft":
        return addDays(focused, -1);
      case "ArrowRight":
        return addDays(focused, 1);
      case "ArrowUp":
        return addDays(focused, -7);
      case "ArrowDown":
        return addDays(focused, 7);
      case "Home":
        return clampTo(addDays(focused, 1 - weekday), firstDayOf(bounds.month), lastDayOf(bounds.month));
      case "End":
        return clampTo(addDays(focused, 7 - weekday), firstDayOf(bounds.month), lastDayOf(bounds.month));
      case "PageUp":
        return sameDayIn(focused, press.shiftKey ? -12 : -1);
      case "PageDown":
        return sameDayIn(focused, press.shiftKey ? 12 : 1);
      default:
        return null;
    }
  })();
  if (target === null) return null;
  // A move past the bookable months is swallowed rather than half-done: focus stays where it was.
  const inRange = target >= firstDayOf(bounds.minMonth) && target <= lastDayOf(bounds.maxMonth);
  return inRange ? target : focused;
}
