import { describe, expect, it } from "vitest";
import { STARTER_PROJECT_TEMPLATE } from "../domain/starter-kit";
import { planDraftOf, planInput, withStandInsAsPlaceholders } from "./plan-draft";

const starter = () => withStandInsAsPlaceholders(planDraftOf(STARTER_PROJECT_TEMPLATE));

describe("a template's stand-in track names", () => {
  it("show as placeholders in empty boxes, not as names already chosen", () => {
    expect(starter().tracks.map(({ name, standIn }) => ({ name, standIn }))).toEqual([
      { name: "", standIn: "First field" },
      { name: "", standIn: "Second field" },
    ]);
    const third = withStandInsAsPlaceholders(
      planDraftOf({ ...STARTER_PROJECT_TEMPLATE, tracks: [{ name: "Third field", targetCount: 2 }] }),
    );
    expect(third.tracks[0]).toMatchObject({ name: "", standIn: "Third field" });
    const named = withStandInsAsPlaceholders(
      planDraftOf({ ...STARTER_PROJECT_TEMPLATE, tracks: [{ name: "Agency owners", targetCount: 5 }] }),
    );
    expect(named.tracks[0]!.name).toBe("Agency owners");
    expect(named.tracks[0]!.standIn).toBeUndefined();
  });

  it("stay in a template left unnamed, but never reach a client's project unnamed", () => {
    const draft = starter();
    draft.tracks[1]!.name = "In-house recruiters";
    expect(planInput(draft, { keepStandIns: true }).tracks.map((track) => track.name)).toEqual([
      "First field",
      "In-house recruiters",
    ]);
    expect(planInput(draft).tracks.map((track) => track.name)).toEqual(["", "In-house recruiters"]);
  });
});
