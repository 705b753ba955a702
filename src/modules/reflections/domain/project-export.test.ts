import { describe, expect, it } from "vitest";
import { exportFileName, projectCsv, projectMarkdown, type ProjectExport } from "./project-export";

const project: ProjectExport = {
  title: "Agency or engagement?",
  northStar: "Which direction next",
  clientName: "Priya",
  coachName: "Maya",
  closed: false,
  exportedAt: "Mon 23 Nov 2026, 10:00 GMT",
  tracks: [{ name: "Agency owners", targetCount: 5, interviews: 1, averageResonance: 4 }],
  synthesis: null,
  decision: "Agencies",
  reflections: [
    {
      trackName: "Agency owners",
      contactName: "Ben",
      contactRole: "Owner",
      contactOrganisation: "Ben & Co",
      interviewedAt: "Thu 5 Nov 2026, 15:00 GMT",
      status: "SUBMITTED",
      isPrivate: false,
      resonance: 4,
      learned: "=cmd|' /C calc'!A0",
      feelingBody: "light\nand warm",
      feelingThoughts: "",
      feelingFirst: "<script>alert(1)</script>",
      surprises: 'They said "no"',
      recommendedPeople: "",
      nextStep: "",
    },
  ],
};

describe("project export", () => {
  it("writes Markdown with the tracks, synthesis, decision and each reflection as typed", () => {
    const markdown = projectMarkdown(project);
    expect(markdown).toContain("# Agency or engagement?");
    expect(markdown).toContain("- **Agency owners**: 1 of 5 interviews, average resonance 4");
    expect(markdown).toContain("## Synthesis\n\n_Not written yet._");
    expect(markdown).toContain("## Decision\n\nAgencies");
    expect(markdown).toContain("### Ben — Owner, Ben & Co");
    expect(markdown).toContain("**Resonance:** 4 of 5 — Drawn to it");
    expect(markdown).toContain("<script>alert(1)</script>");
    expect(markdown).not.toContain("**How I feel — my thoughts**");
  });

  it("writes CSV with a header and formula-safe, quoted cells", () => {
    const [header, row, end] = projectCsv(project).split("\r\n");
    expect(header).toBe(
      "Track,Contact,Role,Organisation,Interviewed,State,Resonance,What I learned,How I feel — in my body,How I feel — my thoughts,How I feel — first feelings,Surprises,People they recommended,Next step",
    );
    expect(row).toBe(
      `Agency owners,Ben,Owner,Ben & Co,"Thu 5 Nov 2026, 15:00 GMT",Shared,4,'=cmd|' /C calc'!A0,"light\nand warm",,<script>alert(1)</script>,"They said ""no""",,`,
    );
    expect(end).toBe("");
  });

  it("names the file after the project", () => {
    expect(exportFileName("Agency or engagement?", "md")).toBe("agency-or-engagement.md");
    expect(exportFileName("???", "csv")).toBe("project.csv");
  });
});
