import { strToU8, zipSync } from "fflate";
import { sectionCsv } from "./csv-table";
import type { ExportSection } from "./export-rows";
import { reflectionsMarkdown } from "./reflections-markdown";

// What an archive holds, whoever it is of:
//   README.md                what each file is, how many rows, what was left out and why
//   fieldnotes-export.json   every section for machines: { format, formatVersion, kind, exportedAt, data: { <section>: rows } }
//   <section>.csv            one per section, the JSON's rows as a table
//   reflections.md           the reflections (and the comments on them) to read, when the archive has any
// A change to a section's columns that could break a reader of the JSON bumps ARCHIVE_FORMAT_VERSION.

export const ARCHIVE_FORMAT = "fieldnotes-export";
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_JSON_FILE = "fieldnotes-export.json";

export type ArchiveKind = "person" | "practice";

export interface ExportArchive {
  kind: ArchiveKind;
  exportedAt: Date;
  /** The README's heading: "Priya Raman's data" or "Northstar Career Studio". */
  title: string;
  sections: ExportSection[];
  /** What is deliberately not in the archive, one sentence each. */
  leftOut: string[];
}

const csvFile = (section: ExportSection) => `${section.name}.csv`;
const sectionNamed = (archive: ExportArchive, name: string) => archive.sections.find((s) => s.name === name);

function readme(archive: ExportArchive): string {
  const reflections = sectionNamed(archive, "reflections");
  const lines = [
    `# ${archive.title}`,
    "",
    `Exported from Fieldnotes on ${archive.exportedAt.toISOString()} (times in this archive are UTC).`,
    "",
    "## Files",
    "",
    `- \`${ARCHIVE_JSON_FILE}\`: everything below in one file for programs (format \`${ARCHIVE_FORMAT}\`, version ${ARCHIVE_FORMAT_VERSION}).`,
  ];
  if (reflections) lines.push("- `reflections.md`: the reflections and the comments on them, to read.");
  for (const section of archive.sections) {
    const rows = section.rows.length === 1 ? "1 row" : `${section.rows.length} rows`;
    lines.push(`- \`${csvFile(section)}\`: ${section.title} (${rows}; columns ${section.columns.join(", ")}).`);
  }
  if (archive.leftOut.length > 0) lines.push("", "## Not in this archive", "", ...archive.leftOut.map((s) => `- ${s}`));
  return lines.join("\n") + "\n";
}

/** The archive's files by path, as text. */
export function archiveFiles(archive: ExportArchive): Record<string, string> {
  const json = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    kind: archive.kind,
    exportedAt: archive.exportedAt.toISOString(),
    data: Object.fromEntries(archive.sections.map((section) => [section.name, section.rows])),
  };
  const files: Record<string, string> = {
    "README.md": readme(archive),
    [ARCHIVE_JSON_FILE]: JSON.stringify(json, null, 2),
  };
  const reflections = sectionNamed(archive, "reflections");
  if (reflections) files["reflections.md"] = reflectionsMarkdown(reflections, sectionNamed(archive, "comments"));
  for (const section of archive.sections) files[csvFile(section)] = sectionCsv(section);
  return files;
}

/** The archive as a .zip, every file dated at the export. */
export function zipArchive(archive: ExportArchive): Uint8Array {
  const files = Object.entries(archiveFiles(archive)).map(([path, text]) => [path, strToU8(text)] as const);
  return zipSync(Object.fromEntries(files), { level: 6, mtime: archive.exportedAt });
}

/** "fieldnotes-priya-raman-2026-12-02.zip": what the download is saved as. */
export function archiveFileName(label: string, exportedAt: Date): string {
  const slug = label
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `fieldnotes-${slug || "export"}-${exportedAt.toISOString().slice(0, 10)}.zip`;
}
