// A small RFC 4180 reader for the client import: comma-separated fields, double-quoted fields
// that may hold commas, line breaks and doubled quotes (""), CRLF or LF line endings, and the
// byte-order mark spreadsheet programs put at the start of a UTF-8 export. No dependency: the
// format is small, and every file a coach brings passes through these few lines we can test.

export type CsvResult = { ok: true; records: string[][] } | { ok: false; problem: string };

const BYTE_ORDER_MARK = "\uFEFF";

/**
 * The records of a CSV text, each an array of its fields as written (quotes removed, nothing
 * trimmed). Blank lines are dropped: spreadsheets often end a file with a few. Reading stops
 * after `maxRecords + 1` records, so an oversized file costs no more than the limit to refuse
 * and the caller still sees that there were more.
 */
export function parseCsv(text: string, maxRecords = Number.POSITIVE_INFINITY): CsvResult {
  const input = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let quoteOpenedOnLine = 0;

  const endRecord = () => {
    record.push(field);
    // A line with nothing on it is no record; a line of only commas is (a row of empty cells).
    if (record.length > 1 || record[0] !== "") records.push(record);
    record = [];
    field = "";
  };

  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
        const after = input[i + 1];
        if (after !== undefined && after !== "," && after !== "\r" && after !== "\n") {
          return { ok: false, problem: `Line ${line}: a quoted field must end at a comma or the end of the line.` };
        }
      } else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === '"') {
      if (field !== "") {
        return {
          ok: false,
          problem: `Line ${line}: a quote inside a field that does not start with one. Put the whole field in quotes and double the quote ("").`,
        };
      }
      quoted = true;
      quoteOpenedOnLine = line;
    } else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && input[i + 1] === "\n") i++;
      line++;
      endRecord();
      if (records.length > maxRecords) return { ok: true, records };
    } else {
      field += char;
    }
  }
  if (quoted) {
    return { ok: false, problem: `Line ${quoteOpenedOnLine}: a quoted field is never closed. Check for a missing ".` };
  }
  if (field !== "" || record.length > 0) endRecord();
  return { ok: true, records };
}
