import { toCsv } from "~/modules/reflections/domain/csv";
import { textOf, withoutNul, type ExportSection, type ExportValue } from "./export-rows";

// One CSV file per section, with the reflections export's RFC 4180 and formula-safe cells. Lists
// and objects (a booking's answers, a check-in's fears) go in one cell as JSON. The database cannot
// hold a NUL byte, but should one arrive it is replaced rather than cut the cell short.

// Numbers stay numbers: only text is guarded against being read as a formula.
const cellOf = (value: ExportValue | undefined) => (typeof value === "number" ? value : withoutNul(textOf(value)));

export function sectionCsv(section: ExportSection): string {
  const cells = section.rows.map((row) => section.columns.map((column) => cellOf(row[column])));
  // A byte-order mark lets spreadsheet apps read the file as UTF-8.
  return "\uFEFF" + toCsv([section.columns, ...cells]);
}
