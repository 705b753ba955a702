import { normalizeEmailAddress } from "~/lib/email-address";
import { isSingleLineText } from "~/lib/input-text";
import { currentZoneName, isValidTimeZone } from "~/lib/time-zones";
import { CLIENT_NAME_MAX_LENGTH, NOTE_MAX_LENGTH } from "./client-fields";
import { parseCsv } from "./csv";

// The CSV import of existing clients, as one pure rule: the preview and the import both call
// planClientImport with the file and what the practice holds, so what the coach is shown is
// exactly what gets created. The service loads the facts and performs the plan.

// Each new client costs a few statements of its own (account, membership, sign-in link, email)
// and the whole file is one transaction, which the tenant layer gives 15 s: 300 rows took about
// 2 s on a quiet machine and under 5 s on a busy one. A longer list goes in several files; rows
// already imported are skipped, so the parts may overlap.
export const IMPORT_LIMITS = { rows: 300, characters: 500_000 } as const;
const count = (n: number) => n.toLocaleString("en");
export const FILE_TOO_LARGE = `The file is larger than ${count(IMPORT_LIMITS.characters / 1000)} KB. Split it into smaller files and import them one after another.`;

const COLUMNS = ["name", "email", "time_zone", "coach", "note"] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED_COLUMNS: readonly Column[] = ["name", "email"];
// Spreadsheets and other tools spell the zone column several ways.
const COLUMN_ALIASES: Record<string, Column> = { timezone: "time_zone", zone: "time_zone" };

/** A data row as written in the file; `row` is its number in a spreadsheet (the header is row 1). */
export interface ImportRow {
  row: number;
  values: Record<Column, string>;
  /** Cells beyond the header's columns: almost always an unquoted comma. */
  extraCells: boolean;
}

export type ReadResult = { ok: true; rows: ImportRow[]; ignoredColumns: string[] } | { ok: false; problem: string };

const columnOf = (header: string): string => {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return COLUMN_ALIASES[key] ?? key;
};
const isColumn = (name: string): name is Column => (COLUMNS as readonly string[]).includes(name);

/** The file's rows by column, matched on header names whatever their case; whole-file problems refuse it. */
export function readClientCsv(text: string): ReadResult {
  if (text.length > IMPORT_LIMITS.characters) return { ok: false, problem: FILE_TOO_LARGE };
  const parsed = parseCsv(text, IMPORT_LIMITS.rows + 1);
  if (!parsed.ok) return parsed;
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, problem: "The file is empty. Its first line should name the columns: name,email." };
  if (records.length > IMPORT_LIMITS.rows) {
    return {
      ok: false,
      problem: `The file has more than ${count(IMPORT_LIMITS.rows)} rows. Import at most ${count(IMPORT_LIMITS.rows)} at a time: split the file.`,
    };
  }
  const names = header.map(columnOf);
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    return {
      ok: false,
      problem: `The first line must name the columns. Missing: ${missing.join(", ")}. Use name and email, and optionally time_zone, coach and note.`,
    };
  }
  const repeated = names.find((name, index) => isColumn(name) && names.indexOf(name) !== index);
  if (repeated) return { ok: false, problem: `The column “${repeated}” appears twice in the first line.` };
  if (records.length === 0) return { ok: false, problem: "The file has no rows under its first line." };

  const rows = records.map((cells, index) => {
    const values = Object.fromEntries(COLUMNS.map((column) => [column, ""])) as Record<Column, string>;
    names.forEach((name, position) => {
      if (isColumn(name)) values[name] = (cells[position] ?? "").trim();
    });
    return { row: index + 2, values, extraCells: cells.length > header.length };
  });
  const ignoredColumns = header.filter((_, position) => !isColumn(names[position]!)).map((name) => name.trim());
  return { ok: true, rows, ignoredColumns };
}

/** The addresses in the file, normalised, for looking up who is already in the practice. */
export function emailsIn(rows: readonly ImportRow[]): string[] {
  const emails = rows.flatMap((row) => {
    const checked = normalizeEmailAddress(row.values.email);
    return checked.ok ? [checked.email] : [];
  });
  return [...new Set(emails)];
}

export interface ImportCoach {
  id: string;
  slug: string;
  email: string;
  displayName: string;
  timeZone: string;
}

export interface ImportFacts {
  practiceTimeZone: string;
  coaches: readonly ImportCoach[];
  /** Whose a row without a coach becomes: the importing coach; null for an admin (no coach yet). */
  defaultCoach: ImportCoach | null;
  /** Owners and admins may name any coach; a coach imports only their own clients. */
  mayChooseCoach: boolean;
  /** Clients of the practice among the file's addresses, with their status. */
  existingClients: ReadonlyMap<string, string>;
  /** Addresses of the practice's staff: they cannot be its clients too. */
  staffEmails: ReadonlySet<string>;
}

export interface NewClient {
  row: number;
  name: string;
  email: string;
  timeZone: string;
  coachProfileId: string | null;
  note: string | null;
}

export type RowOutcome = "create" | "skip" | "error";

export interface PlannedRow {
  row: number;
  name: string;
  email: string;
  timeZone: string | null;
  coachName: string | null;
  outcome: RowOutcome;
  /** Why the row is skipped or refused, as sentences; empty for a row to create. */
  reasons: string[];
}

export interface ImportPlan {
  rows: PlannedRow[];
  toCreate: NewClient[];
  counts: Record<RowOutcome, number>;
}

function findCoach(facts: ImportFacts, written: string): ImportCoach | undefined {
  const key = written.toLowerCase();
  return facts.coaches.find((coach) => coach.slug === key || coach.email === key);
}

/** Decides every row: created, skipped (already a client) or refused with its reasons. */
export function planClientImport(rows: readonly ImportRow[], facts: ImportFacts): ImportPlan {
  const firstRowOfEmail = new Map<string, number>();
  const planned: PlannedRow[] = [];
  const toCreate: NewClient[] = [];
  for (const { row, values, extraCells } of rows) {
    const reasons: string[] = [];
    if (extraCells)
      reasons.push("This row has more cells than the first line has columns. Put quotes around a value with a comma.");

    const name = values.name;
    if (!name) reasons.push("Add a name.");
    else if (!isSingleLineText(name)) reasons.push("Write the name on one line.");
    else if (name.length > CLIENT_NAME_MAX_LENGTH)
      reasons.push(`Shorten the name to ${CLIENT_NAME_MAX_LENGTH} characters.`);

    const checked = normalizeEmailAddress(values.email);
    const email = checked.ok ? checked.email : values.email;
    if (!checked.ok) reasons.push(checked.message);

    let coach = facts.defaultCoach;
    if (values.coach) {
      const named = findCoach(facts, values.coach);
      if (!named) {
        reasons.push(`No coach “${values.coach}” in this practice. Use a coach's email or booking-page name.`);
      } else if (!facts.mayChooseCoach && named.id !== facts.defaultCoach?.id) {
        reasons.push("You can import only your own clients. Leave the coach empty, or ask an owner or admin.");
      } else {
        coach = named;
      }
    }

    let timeZone: string | null = coach?.timeZone ?? facts.practiceTimeZone;
    if (values.time_zone) {
      if (isValidTimeZone(values.time_zone)) timeZone = currentZoneName(values.time_zone);
      else {
        reasons.push(`Unknown time zone “${values.time_zone}”. Use a name like Europe/London or America/New_York.`);
        timeZone = null;
      }
    }

    if (values.note.length > NOTE_MAX_LENGTH) {
      reasons.push(`Shorten the note to ${count(NOTE_MAX_LENGTH)} characters.`);
    }

    let outcome: RowOutcome = reasons.length > 0 ? "error" : "create";
    if (checked.ok) {
      const earlier = firstRowOfEmail.get(email);
      if (earlier === undefined) firstRowOfEmail.set(email, row);
      const existing = facts.existingClients.get(email);
      if (earlier !== undefined) {
        reasons.push(`The same email as row ${earlier}.`);
        outcome = "error";
      } else if (facts.staffEmails.has(email)) {
        reasons.push("This address belongs to a coach or admin of the practice.");
        outcome = "error";
      } else if (existing) {
        reasons.push(`Already a client (${existing.toLowerCase()}).`);
        if (outcome === "create") outcome = "skip";
      }
    }

    planned.push({ row, name, email, timeZone, coachName: coach?.displayName ?? null, outcome, reasons });
    if (outcome === "create") {
      toCreate.push({
        row,
        name,
        email,
        timeZone: timeZone!,
        coachProfileId: coach?.id ?? null,
        note: values.note || null,
      });
    }
  }
  const counts = { create: 0, skip: 0, error: 0 };
  for (const row of planned) counts[row.outcome]++;
  return { rows: planned, toCreate, counts };
}
