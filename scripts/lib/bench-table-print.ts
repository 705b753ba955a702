import type { BenchRow } from "./bench-table";

/** Where a run happened: the figures only compare within one machine and one load. */
export interface BenchMachine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres: string;
  /** 1-, 5- and 15-minute load averages. */
  loadBefore: number[];
  loadAfter: number[];
}

const HEADERS = ["figure", "value", "floor", "ratio", "note"] as const;

/** Three significant figures at most, whole numbers from 100 up: a table of medians, not of noise. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "—";
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 || Number.isInteger(value) ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  return value.toFixed(digits);
}

const withUnit = (value: number, unit: string) =>
  Number.isFinite(value) ? `${formatNumber(value)}${unit ? ` ${unit}` : ""}` : "—";

/** value / floor for throughputs and scores, floor / value for times and sizes: above 100% beats the floor. */
export function ratioOf(row: BenchRow): number | null {
  if (!row.floor || !Number.isFinite(row.value) || !Number.isFinite(row.floor.value)) return null;
  const [numerator, denominator] = row.higherIsBetter ? [row.value, row.floor.value] : [row.floor.value, row.value];
  if (denominator === 0) return numerator === 0 ? 1 : null;
  return numerator / denominator;
}

function cells(row: BenchRow): string[] {
  const ratio = ratioOf(row);
  return [
    row.figure,
    withUnit(row.value, row.unit),
    row.floor ? `${row.floor.name}: ${withUnit(row.floor.value, row.unit)}` : "",
    ratio === null ? "" : `${(ratio * 100).toFixed(0)}%`,
    row.note ?? "",
  ];
}

const loads = (values: number[]) => values.map((value) => value.toFixed(2)).join(" ");

export function describeMachine(machine: BenchMachine): string {
  return (
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}; ` +
    `PostgreSQL ${machine.postgres}; load average ${loads(machine.loadBefore)} before, ${loads(machine.loadAfter)} after`
  );
}

/** The table for a terminal: aligned columns, numbers right-aligned. */
export function formatBenchTable(rows: readonly BenchRow[], machine: BenchMachine): string {
  const table = [[...HEADERS], ...rows.map(cells)];
  const widths = HEADERS.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  const rightAligned = new Set([1, 3]);
  const render = (line: string[]) =>
    line
      .map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [render(table[0]!), rule, ...table.slice(1).map(render), "", `Machine: ${describeMachine(machine)}`].join(
    "\n",
  );
}

const markdownCell = (cell: string) => cell.replace(/\|/g, "\\|");

/** The same table as GitHub Markdown, for README's benchmark section. */
export function formatBenchMarkdown(rows: readonly BenchRow[], machine: BenchMachine): string {
  const line = (line: readonly string[]) => `| ${line.map(markdownCell).join(" | ")} |`;
  return [
    line(HEADERS),
    "| --- | ---: | --- | ---: | --- |",
    ...rows.map((row) => line(cells(row))),
    "",
    `Machine: ${describeMachine(machine)}.`,
    "",
  ].join("\n");
}
