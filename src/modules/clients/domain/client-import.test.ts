import { describe, expect, it } from "vitest";
import {
  IMPORT_LIMITS,
  emailsIn,
  planClientImport,
  readClientCsv,
  type ImportCoach,
  type ImportFacts,
  type ImportRow,
} from "./client-import";

const maya: ImportCoach = {
  id: "coach-maya",
  slug: "maya-chen",
  email: "maya@example.com",
  displayName: "Maya Chen",
  timeZone: "Europe/London",
};
const sam: ImportCoach = {
  id: "coach-sam",
  slug: "sam-rivera",
  email: "sam@example.com",
  displayName: "Sam Rivera",
  timeZone: "America/Los_Angeles",
};

const adminFacts = (overrides: Partial<ImportFacts> = {}): ImportFacts => ({
  practiceTimeZone: "Europe/Paris",
  coaches: [maya, sam],
  defaultCoach: null,
  mayChooseCoach: true,
  existingClients: new Map(),
  staffEmails: new Set(),
  ...overrides,
});

function rowsOf(text: string): ImportRow[] {
  const read = readClientCsv(text);
  if (!read.ok) throw new Error(read.problem);
  return read.rows;
}

describe("readClientCsv", () => {
  it("matches header names whatever their case and spelling, and lists the columns it ignores", () => {
    const read = readClientCsv("Email, NAME ,Time Zone,Phone\nada@example.com,Ada Lovell,UTC,123\n");
    expect(read).toEqual({
      ok: true,
      ignoredColumns: ["Phone"],
      rows: [
        {
          row: 2,
          values: { name: "Ada Lovell", email: "ada@example.com", time_zone: "UTC", coach: "", note: "" },
          extraCells: false,
        },
      ],
    });
  });

  it("refuses a file without the required columns, saying which are missing", () => {
    expect(readClientCsv("full name,mail\nAda,ada@example.com")).toEqual({
      ok: false,
      problem:
        "The first line must name the columns. Missing: name, email. Use name and email, and optionally time_zone, coach and note.",
    });
  });

  it("refuses an empty file, a header alone, a repeated column and a broken quote", () => {
    expect(readClientCsv("")).toMatchObject({ ok: false, problem: expect.stringMatching(/^The file is empty/) });
    expect(readClientCsv("name,email\n")).toMatchObject({ ok: false, problem: expect.stringMatching(/no rows/) });
    expect(readClientCsv("name,email,Email\n")).toMatchObject({ ok: false, problem: expect.stringMatching(/twice/) });
    expect(readClientCsv('name,email\n"Ada,ada@example.com')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^Line 2: a quoted field is never closed/),
    });
  });

  it("bounds the file by rows and by size", () => {
    const header = "name,email\n";
    const rows = (n: number) => header + "Ada,ada@example.com\n".repeat(n);
    expect(readClientCsv(rows(IMPORT_LIMITS.rows)).ok).toBe(true);
    expect(readClientCsv(rows(IMPORT_LIMITS.rows + 1))).toEqual({
      ok: false,
      problem: "The file has more than 300 rows. Import at most 300 at a time: split the file.",
    });
    expect(readClientCsv(header + "x".repeat(IMPORT_LIMITS.characters))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^The file is larger than 500 KB/),
    });
  });

  it("flags a row with more cells than columns", () => {
    expect(rowsOf("name,email\nLee, Ada,ada@example.com")[0]!.extraCells).toBe(true);
  });
});

describe("planClientImport", () => {
  it("creates good rows with the named coach, their zone or the one written, and the note", () => {
    const plan = planClientImport(
      rowsOf(
        [
          "name,email,time_zone,coach,note",
          "Ada Lovell,ADA@example.com,,maya-chen,Met at the fair",
          "Ben Achebe,ben@example.com,Asia/Calcutta,SAM@example.com,",
          "Cleo Diaz,cleo@example.com,,,",
        ].join("\n"),
      ),
      adminFacts(),
    );
    expect(plan.counts).toEqual({ create: 3, skip: 0, error: 0 });
    expect(plan.toCreate).toEqual([
      {
        row: 2,
        name: "Ada Lovell",
        email: "ada@example.com",
        timeZone: "Europe/London",
        coachProfileId: "coach-maya",
        note: "Met at the fair",
      },
      // The zone is stored under its current IANA name.
      {
        row: 3,
        name: "Ben Achebe",
        email: "ben@example.com",
        timeZone: "Asia/Kolkata",
        coachProfileId: "coach-sam",
        note: null,
      },
      // An admin's row without a coach has none yet, and the practice's zone.
      {
        row: 4,
        name: "Cleo Diaz",
        email: "cleo@example.com",
        timeZone: "Europe/Paris",
        coachProfileId: null,
        note: null,
      },
    ]);
  });

  it("refuses each bad row with its reasons and keeps the good ones", () => {
    const plan = planClientImport(
      rowsOf(
        [
          "name,email,time_zone,coach",
          "Ada,not-an-email,,",
          "Ben,ben@example.com,Mars/Olympus,",
          "Cleo,cleo@example.com,,nobody",
          ",dee@example.com,,",
          "Ed,ed@example.com,,",
          "Ed again,ED@example.com,,",
          "Fay,maya@example.com,,",
          '"Gus\nSmith",gus@example.com,,',
        ].join("\n"),
      ),
      adminFacts({ staffEmails: new Set(["maya@example.com"]) }),
    );
    const reasons = Object.fromEntries(plan.rows.map((row) => [row.row, row.reasons]));
    expect(reasons).toEqual({
      2: ["Enter a valid email address, like name@example.com."],
      3: ["Unknown time zone “Mars/Olympus”. Use a name like Europe/London or America/New_York."],
      4: ["No coach “nobody” in this practice. Use a coach's email or booking-page name."],
      5: ["Add a name."],
      6: [],
      7: ["The same email as row 6."],
      8: ["This address belongs to a coach or admin of the practice."],
      9: ["Write the name on one line."],
    });
    expect(plan.counts).toEqual({ create: 1, skip: 0, error: 7 });
    expect(plan.toCreate.map((row) => row.email)).toEqual(["ed@example.com"]);
  });

  it("skips addresses that are already clients, so importing the same file again creates nothing", () => {
    const rows = rowsOf("name,email\nAda,ada@example.com\nBen,ben@example.com");
    const first = planClientImport(rows, adminFacts({ existingClients: new Map([["ben@example.com", "LEAD"]]) }));
    expect(first.counts).toEqual({ create: 1, skip: 1, error: 0 });
    expect(first.rows[1]).toMatchObject({ outcome: "skip", reasons: ["Already a client (lead)."] });
    const again = planClientImport(
      rows,
      adminFacts({
        existingClients: new Map([
          ["ada@example.com", "ACTIVE"],
          ["ben@example.com", "LEAD"],
        ]),
      }),
    );
    expect(again.counts).toEqual({ create: 0, skip: 2, error: 0 });
    expect(again.toCreate).toEqual([]);
  });

  it("gives a coach's rows to that coach and refuses rows naming another coach", () => {
    const plan = planClientImport(
      rowsOf("name,email,coach\nAda,ada@example.com,\nBen,ben@example.com,maya-chen\nCleo,cleo@example.com,sam-rivera"),
      adminFacts({ defaultCoach: maya, mayChooseCoach: false }),
    );
    expect(plan.toCreate.map((row) => [row.email, row.coachProfileId, row.timeZone])).toEqual([
      ["ada@example.com", "coach-maya", "Europe/London"],
      ["ben@example.com", "coach-maya", "Europe/London"],
    ]);
    expect(plan.rows[2]).toMatchObject({
      outcome: "error",
      reasons: ["You can import only your own clients. Leave the coach empty, or ask an owner or admin."],
    });
  });

  it("lists the file's valid addresses once each, normalised", () => {
    expect(emailsIn(rowsOf("name,email\nA,Ada@Example.com\nB,bad\nC,ada@example.com"))).toEqual(["ada@example.com"]);
  });
});
