// Where a 1–5 answer sits in a chart measured in percent of its box (5 at the top, oldest on the
// left), so the same numbers place the SVG line and the HTML dots and labels over it.

const SCALE = { min: 1, max: 5 } as const;

/** Keeps the dots at the edges inside the box. */
const INSET = 6;

export const SCALE_STEPS = [5, 4, 3, 2, 1] as const;

/** Distance from the top, in percent: 5 at INSET, 1 at 100 − INSET. */
export const yOf = (value: number) => INSET + ((SCALE.max - value) / (SCALE.max - SCALE.min)) * (100 - 2 * INSET);

/** Each answer's place, in percent of the box: spread evenly from the left edge to the right. */
export function trendPoints(values: readonly number[]): Array<{ x: number; y: number; value: number }> {
  const step = values.length > 1 ? (100 - 2 * INSET) / (values.length - 1) : 0;
  return values.map((value, index) => ({ x: values.length > 1 ? INSET + index * step : 50, y: yOf(value), value }));
}
