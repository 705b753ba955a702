// An archive's rows are the rows its repository selected, flattened: a to-one relation's fields take
// the relation's name as a prefix (`practice: { slug }` becomes `practiceSlug`), instants become ISO
// 8601 strings in UTC, JSON columns stay as stored. The columns are read from the same select, so a
// section without rows still documents its shape, and a column nobody selected cannot slip in.

export type ExportValue = string | number | boolean | null | ExportValue[] | { [key: string]: ExportValue };
export type ExportRow = Record<string, ExportValue>;

/** A Prisma select of columns (`true`) and to-one relations (`{ select }`), nothing else. */
export type ExportSelect = { readonly [key: string]: true | { readonly select: ExportSelect } };

export interface ExportSection {
  /** The file name without extension and the key in the JSON file: "bookings". */
  name: string;
  /** What the README calls it. */
  title: string;
  columns: string[];
  rows: ExportRow[];
}

const prefixed = (prefix: string, key: string) => (prefix ? prefix + key[0]!.toUpperCase() + key.slice(1) : key);

export function columnsOf(select: ExportSelect, prefix = ""): string[] {
  return Object.entries(select).flatMap(([key, value]) =>
    value === true ? [prefixed(prefix, key)] : columnsOf(value.select, prefixed(prefix, key)),
  );
}

const exportValue = (value: unknown): ExportValue =>
  value instanceof Date ? value.toISOString() : value === undefined ? null : (value as ExportValue);

function flatRow(record: Record<string, unknown> | null, select: ExportSelect, prefix = ""): ExportRow {
  const row: ExportRow = {};
  for (const [key, value] of Object.entries(select)) {
    const column = prefixed(prefix, key);
    if (value === true) row[column] = exportValue(record?.[key]);
    else Object.assign(row, flatRow((record?.[key] as Record<string, unknown> | null) ?? null, value.select, column));
  }
  return row;
}

export function exportSection(
  name: string,
  title: string,
  select: ExportSelect,
  records: ReadonlyArray<Record<string, unknown>>,
): ExportSection {
  return { name, title, columns: columnsOf(select), rows: records.map((record) => flatRow(record, select)) };
}

/** The row's value as text for Markdown: "" for nothing, JSON for lists and objects. */
export function textOf(value: ExportValue | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** Text with any NUL byte replaced: a spreadsheet or Markdown viewer reading one cuts the text there. */
export const withoutNul = (text: string) => text.replaceAll("\u0000", "\uFFFD");
