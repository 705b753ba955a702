import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  ARCHIVE_FORMAT_VERSION,
  archiveFileName,
  archiveFiles,
  zipArchive,
  type ExportArchive,
} from "./archive-layout";
import { sectionCsv } from "./csv-table";
import { columnsOf, exportSection } from "./export-rows";
import { deliveryFor, exportStateAt, linkExpiresAt } from "./delivery";

const exportedAt = new Date("2026-12-02T18:00:00.000Z");

const bookingSelect = {
  startAt: true,
  bookerName: true,
  answers: true,
  practice: { select: { name: true } },
  coach: { select: { displayName: true, membership: { select: { role: true } } } },
} as const;

const reflectionSelect = {
  id: true,
  status: true,
  isPrivate: true,
  resonance: true,
  learned: true,
  nextStep: true,
  project: { select: { title: true, practice: { select: { name: true } } } },
  interview: { select: { occurredAt: true, contact: { select: { name: true, track: { select: { name: true } } } } } },
} as const;

const reflection = (id: string, learned: string, isPrivate: boolean) => ({
  id,
  status: "SUBMITTED",
  isPrivate,
  resonance: 5,
  learned,
  nextStep: "",
  project: { title: "Two directions", practice: { name: "Northstar" } },
  interview: {
    occurredAt: new Date("2026-11-30T15:00:00Z"),
    contact: { name: "Sam Lee", track: { name: "Agencies" } },
  },
});

const archive = (): ExportArchive => ({
  kind: "person",
  exportedAt,
  title: "Priya Raman's data",
  sections: [
    exportSection("bookings", "Bookings", bookingSelect, [
      {
        startAt: new Date("2026-12-03T09:00:00Z"),
        bookerName: "Priya",
        answers: [{ id: "q1", question: "Why?", answer: "Change" }],
        practice: { name: "Northstar" },
        coach: null,
      },
    ]),
    exportSection("reflections", "Reflections", reflectionSelect, [reflection("r1", "Small teams move fast", true)]),
    exportSection(
      "comments",
      "Comments",
      { id: true, reflectionId: true, body: true, author: { select: { name: true } } },
      [{ id: "c1", reflectionId: "r1", body: "Line one\nline two", author: { name: "Maya Chen" } }],
    ),
  ],
  leftOut: ["Your coach's private notes."],
});

describe("export rows", () => {
  it("names a relation's columns after it, at any depth, and nulls a missing relation", () => {
    expect(columnsOf(bookingSelect)).toEqual([
      "startAt",
      "bookerName",
      "answers",
      "practiceName",
      "coachDisplayName",
      "coachMembershipRole",
    ]);
    const [row] = archive().sections[0]!.rows;
    expect(row).toEqual({
      startAt: "2026-12-03T09:00:00.000Z",
      bookerName: "Priya",
      answers: [{ id: "q1", question: "Why?", answer: "Change" }],
      practiceName: "Northstar",
      coachDisplayName: null,
      coachMembershipRole: null,
    });
  });
});

describe("sectionCsv", () => {
  const csvOf = (rows: Array<Record<string, unknown>>) =>
    sectionCsv(exportSection("t", "T", { a: true, b: true }, rows)).slice(1); // after the byte-order mark

  it("quotes commas, quotes and line breaks, and keeps the header and CRLF rows", () => {
    expect(csvOf([{ a: 'say "hi", then\nleave', b: 3 }])).toBe('a,b\r\n"say ""hi"", then\nleave",3\r\n');
  });

  it("replaces NUL bytes, writes JSON for lists, leaves numbers unguarded and guards formulas", () => {
    expect(csvOf([{ a: "x\u0000y", b: ["p", "q"] }])).toBe('a,b\r\nx\uFFFDy,"[""p"",""q""]"\r\n');
    expect(csvOf([{ a: "=HYPERLINK()", b: -2 }])).toBe("a,b\r\n'=HYPERLINK(),-2\r\n");
    expect(csvOf([{ a: null, b: undefined }])).toBe("a,b\r\n,\r\n");
  });

  it("starts with a byte-order mark so spreadsheets read UTF-8", () => {
    expect(sectionCsv(exportSection("t", "T", { a: true }, [])).charCodeAt(0)).toBe(0xfeff);
  });
});

describe("archiveFiles", () => {
  it("writes the JSON with its format version, one CSV per section, reflections.md and a README", () => {
    const files = archiveFiles(archive());
    expect(Object.keys(files).sort()).toEqual([
      "README.md",
      "bookings.csv",
      "comments.csv",
      "fieldnotes-export.json",
      "reflections.csv",
      "reflections.md",
    ]);
    const json = JSON.parse(files["fieldnotes-export.json"]!);
    expect(json).toMatchObject({ format: "fieldnotes-export", formatVersion: ARCHIVE_FORMAT_VERSION, kind: "person" });
    expect(json.exportedAt).toBe("2026-12-02T18:00:00.000Z");
    expect(json.data.reflections[0].learned).toBe("Small teams move fast");
    expect(files["README.md"]).toContain("`bookings.csv`: Bookings (1 row; columns startAt, bookerName");
    expect(files["README.md"]).toContain("- Your coach's private notes.");
  });

  it("renders each reflection under its project with its state, answers and quoted comments", () => {
    const markdown = archiveFiles(archive())["reflections.md"]!;
    expect(markdown).toContain("## Northstar: Two directions");
    expect(markdown).toContain("### Sam Lee");
    expect(markdown).toContain("Agencies · interviewed 2026-11-30T15:00:00.000Z · Private · resonance: A bolt of calm");
    expect(markdown).toContain("**What I learned**\n\nSmall teams move fast");
    expect(markdown).not.toContain("**Next step**");
    expect(markdown).toContain("> **Maya Chen**");
    expect(markdown).toContain("> Line one\n> line two");
  });

  it("keeps a NUL byte out of Markdown and escapes it in JSON", () => {
    const withNul = archive();
    withNul.sections[1] = exportSection("reflections", "Reflections", reflectionSelect, [
      reflection("r2", "a\u0000b", false),
    ]);
    const files = archiveFiles(withNul);
    expect(files["reflections.md"]).toContain("a\uFFFDb");
    expect(files["fieldnotes-export.json"]).toContain("a\\u0000b");
  });
});

describe("zipArchive", () => {
  it("is a zip of exactly those files", () => {
    const unzipped = unzipSync(zipArchive(archive()));
    const files = archiveFiles(archive());
    expect(Object.keys(unzipped).sort()).toEqual(Object.keys(files).sort());
    expect(strFromU8(unzipped["reflections.md"]!)).toBe(files["reflections.md"]);
  });

  it("is named after whose it is and the day", () => {
    expect(archiveFileName("Priya Raman", exportedAt)).toBe("fieldnotes-priya-raman-2026-12-02.zip");
    expect(archiveFileName("Zoë's \u0000 Studio", exportedAt)).toBe("fieldnotes-zoe-s-studio-2026-12-02.zip");
    expect(archiveFileName("日本", exportedAt)).toBe("fieldnotes-export-2026-12-02.zip");
  });
});

describe("delivery", () => {
  it("downloads up to the row limit and emails beyond it", () => {
    expect(deliveryFor(10, 10)).toBe("DOWNLOAD");
    expect(deliveryFor(11, 10)).toBe("EMAIL");
  });

  it("calls a ready export expired from its expiry on", () => {
    const expiresAt = linkExpiresAt(exportedAt);
    expect(expiresAt.toISOString()).toBe("2026-12-09T18:00:00.000Z");
    expect(exportStateAt({ status: "READY", expiresAt }, new Date(expiresAt.getTime() - 1))).toBe("READY");
    expect(exportStateAt({ status: "READY", expiresAt }, expiresAt)).toBe("EXPIRED");
    expect(exportStateAt({ status: "PENDING", expiresAt: null }, expiresAt)).toBe("PENDING");
  });
});
