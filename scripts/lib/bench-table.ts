/**
 * One row of `npm run bench`'s table: a measured figure beside the floor it is judged against, both measured in the
 * same run (a bare route, one indexed SELECT, an empty page, a plain loop), so the ratio means the same on any machine.
 */
export interface BenchRow {
  /** What was measured, e.g. "GET …/slots (cache hit)". */
  figure: string;
  value: number;
  /** "req/s", "ms", "kB", "statements", "score", "emails/s" … */
  unit: string;
  /** The same-run figure this one is compared with; null where a figure stands alone (a Lighthouse score, a count). */
  floor: { name: string; value: number } | null;
  /** true for throughputs and scores (value / floor is the ratio), false for times and sizes (floor / value). */
  higherIsBetter: boolean;
  /** A short remark printed after the row (the goal, a caveat). */
  note?: string;
}
