import { toCsv } from "./csv";
import { resonanceLabel } from "./resonance";

// A project written out for the client to keep: Markdown to read, CSV to sort and filter.
// Times arrive already formatted in the reader's zone; text goes out exactly as typed.

interface ExportedReflection {
  trackName: string;
  contactName: string;
  contactRole: string | null;
  contactOrganisation: string | null;
  interviewedAt: string;
  status: "DRAFT" | "SUBMITTED" | "REVIEWED";
  isPrivate: boolean;
  resonance: number | null;
  learned: string;
  feelingBody: string;
  feelingThoughts: string;
  feelingFirst: string;
  surprises: string;
  recommendedPeople: string;
  nextStep: string;
}

export interface ProjectExport {
  title: string;
  northStar: string | null;
  clientName: string;
  coachName: string;
  closed: boolean;
  exportedAt: string;
  tracks: Array<{ name: string; targetCount: number; interviews: number; averageResonance: number | null }>;
  synthesis: string | null;
  decision: string | null;
  reflections: ExportedReflection[];
}

export const REFLECTION_PROMPTS = [
  ["learned", "What I learned"],
  ["feelingBody", "How I feel — in my body"],
  ["feelingThoughts", "How I feel — my thoughts"],
  ["feelingFirst", "How I feel — first feelings"],
  ["surprises", "Surprises"],
  ["recommendedPeople", "People they recommended"],
  ["nextStep", "Next step"],
] as const satisfies ReadonlyArray<readonly [keyof ExportedReflection, string]>;

function reflectionStateLabel(reflection: Pick<ExportedReflection, "status" | "isPrivate">): string {
  if (reflection.status === "DRAFT") return "Draft";
  if (reflection.isPrivate) return "Private";
  return reflection.status === "REVIEWED" ? "Reviewed" : "Shared";
}

const withWho = (r: ExportedReflection) =>
  [r.contactName, [r.contactRole, r.contactOrganisation].filter(Boolean).join(", ")].filter(Boolean).join(" — ");

export function projectMarkdown(project: ProjectExport): string {
  const lines: string[] = [`# ${project.title}`, ""];
  if (project.northStar) lines.push(`**The decision it serves:** ${project.northStar}`, "");
  lines.push(
    `Client: ${project.clientName} · Coach: ${project.coachName} · ${project.closed ? "Closed" : "Active"}`,
    `Exported ${project.exportedAt}`,
    "",
    "## Tracks",
    "",
  );
  for (const track of project.tracks) {
    const resonance =
      track.averageResonance === null ? "no ratings yet" : `average resonance ${track.averageResonance}`;
    lines.push(`- **${track.name}**: ${track.interviews} of ${track.targetCount} interviews, ${resonance}`);
  }
  lines.push("", "## Synthesis", "", project.synthesis || "_Not written yet._", "");
  lines.push("## Decision", "", project.decision || "_Not written yet._", "");
  lines.push("## Reflections", "");
  if (project.reflections.length === 0) lines.push("_No reflections yet._", "");
  for (const reflection of project.reflections) {
    lines.push(`### ${withWho(reflection)}`, "");
    lines.push(
      `${reflection.trackName} · interviewed ${reflection.interviewedAt} · ${reflectionStateLabel(reflection)}`,
      "",
    );
    if (reflection.resonance !== null) {
      lines.push(`**Resonance:** ${reflection.resonance} of 5 — ${resonanceLabel(reflection.resonance)}`, "");
    }
    for (const [field, prompt] of REFLECTION_PROMPTS) {
      if (reflection[field]) lines.push(`**${prompt}**`, "", String(reflection[field]), "");
    }
  }
  return lines.join("\n");
}

export function projectCsv(project: ProjectExport): string {
  return toCsv([
    [
      "Track",
      "Contact",
      "Role",
      "Organisation",
      "Interviewed",
      "State",
      "Resonance",
      ...REFLECTION_PROMPTS.map(([, p]) => p),
    ],
    ...project.reflections.map((r) => [
      r.trackName,
      r.contactName,
      r.contactRole,
      r.contactOrganisation,
      r.interviewedAt,
      reflectionStateLabel(r),
      r.resonance,
      ...REFLECTION_PROMPTS.map(([field]) => String(r[field])),
    ]),
  ]);
}

/** "agency-or-engagement" from a title, for the download's file name. */
export function exportFileName(title: string, extension: "md" | "csv"): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 60);
  return `${slug || "project"}.${extension}`;
}
