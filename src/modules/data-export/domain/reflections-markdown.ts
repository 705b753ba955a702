import { REFLECTION_PROMPTS } from "~/modules/reflections/domain/project-export";
import { resonanceLabel } from "~/modules/reflections/domain/resonance";
import { textOf, withoutNul, type ExportRow, type ExportSection } from "./export-rows";

// The archive's reflections.md: every reflection as the person wrote it, under its practice and
// project, with the comments on it in order. Reads the columns of the reflections and comments
// sections (see REFLECTION_EXPORT and COMMENT_EXPORT in the server's export selects).

function stateOf(row: ExportRow): string {
  if (row.status === "DRAFT") return row.isPrivate ? "Draft, private" : "Draft";
  if (row.isPrivate) return "Private";
  return row.status === "REVIEWED" ? "Reviewed" : "Shared";
}

const who = (row: ExportRow) =>
  [
    textOf(row.interviewContactName),
    [textOf(row.interviewContactRole), textOf(row.interviewContactOrganisation)].filter(Boolean).join(", "),
  ]
    .filter(Boolean)
    .join(" — ") || "Unnamed contact";

function reflectionLines(row: ExportRow, comments: ExportRow[]): string[] {
  const resonance = resonanceLabel(typeof row.resonance === "number" ? row.resonance : null) ?? "not rated";
  const lines = [
    `### ${who(row)}`,
    "",
    `${textOf(row.interviewContactTrackName)} · interviewed ${textOf(row.interviewOccurredAt)} · ${stateOf(row)} · resonance: ${resonance}`,
    "",
  ];
  for (const [field, prompt] of REFLECTION_PROMPTS) {
    const answer = textOf(row[field]);
    if (answer) lines.push(`**${prompt}**`, "", answer, "");
  }
  for (const comment of comments) {
    lines.push(`> **${textOf(comment.authorName) || "Someone"}**, ${textOf(comment.createdAt)}:`, ">");
    lines.push(
      ...textOf(comment.body)
        .split(/\r?\n/)
        .map((line) => `> ${line}`),
      "",
    );
  }
  return lines;
}

export function reflectionsMarkdown(reflections: ExportSection, comments: ExportSection | undefined): string {
  const commentsOf = new Map<string, ExportRow[]>();
  for (const comment of comments?.rows ?? []) {
    const reflectionId = textOf(comment.reflectionId);
    commentsOf.set(reflectionId, [...(commentsOf.get(reflectionId) ?? []), comment]);
  }
  const lines = ["# Reflections", ""];
  if (reflections.rows.length === 0) lines.push("_No reflections._", "");
  let heading = "";
  for (const row of reflections.rows) {
    const project = `${textOf(row.projectPracticeName)}: ${textOf(row.projectTitle)}`;
    if (project !== heading) lines.push(`## ${(heading = project)}`, "");
    lines.push(...reflectionLines(row, commentsOf.get(textOf(row.id)) ?? []));
  }
  return withoutNul(lines.join("\n"));
}
