import type { Slot } from "~/modules/scheduling/domain/availability";

// The slots endpoint answers most requests from the slot cache, and what is left of such an answer's cost is mostly
// writing its few hundred slots as JSON (two ISO instants each). The cache hands out the same array while the slots
// stay the same (slot-cache.ts), so the JSON is written once per array and kept beside it, for as long as the array lives.
const written = new WeakMap<readonly Slot[], string>();

/** The slots as the endpoint's JSON array of `{ start, end }` ISO instants, written once per array. */
export function slotsJson(slots: readonly Slot[]): string {
  let json = written.get(slots);
  if (json === undefined) {
    json = JSON.stringify(slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })));
    written.set(slots, json);
  }
  return json;
}
