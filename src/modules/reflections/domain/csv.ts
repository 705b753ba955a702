// CSV per RFC 4180 (CRLF rows, fields with a comma, quote or line break in double quotes, quotes
// doubled), made safe for spreadsheets: a cell that starts with = + - @ tab or carriage return
// would be read as a formula (OWASP "CSV injection"), so it gets a leading single quote.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: Array<Array<string | number | null | undefined>>): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
