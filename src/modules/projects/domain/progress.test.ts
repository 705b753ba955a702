import { describe, expect, it } from "vitest";
import { findImbalance, imbalanceMessage, projectProgress, trackProgress } from "./progress";

const track = (name: string, interviewed: number, targetCount = 5) => ({ id: name, name, targetCount, interviewed });

describe("trackProgress", () => {
  it("is interviews done over the target, capped at full", () => {
    expect(trackProgress(track("A", 2))).toMatchObject({ ratio: 0.4, complete: false });
    expect(trackProgress(track("A", 5))).toMatchObject({ ratio: 1, complete: true });
    expect(trackProgress(track("A", 7))).toMatchObject({ ratio: 1, complete: true, interviewed: 7 });
  });
});

describe("projectProgress", () => {
  it("sums the tracks, counting each at most up to its own target", () => {
    const progress = projectProgress([track("A", 7), track("B", 1)]);
    expect(progress).toMatchObject({ interviewed: 6, target: 10, ratio: 0.6, complete: false });
    expect(progress.tracks.map((t) => t.ratio)).toEqual([1, 0.2]);
  });

  it("is complete only when every track is", () => {
    expect(projectProgress([track("A", 5), track("B", 5)]).complete).toBe(true);
    expect(projectProgress([]).complete).toBe(false);
    expect(projectProgress([]).ratio).toBe(0);
  });
});

describe("findImbalance", () => {
  it("needs two tracks and at least three interviews on the leading one", () => {
    expect(findImbalance([track("A", 5)])).toBeNull();
    expect(findImbalance([track("A", 2), track("B", 0)])).toBeNull();
  });

  it("flags a track at twice the other's share or more", () => {
    expect(findImbalance([track("A", 3), track("B", 0)])).toMatchObject({
      ahead: { name: "A" },
      behind: { name: "B" },
    });
    expect(findImbalance([track("A", 1), track("B", 4)])).toMatchObject({
      ahead: { name: "B" },
      behind: { name: "A" },
    });
    expect(findImbalance([track("A", 4), track("B", 2)])).toMatchObject({ ahead: { name: "A" } });
  });

  it("leaves a closer race alone", () => {
    expect(findImbalance([track("A", 4), track("B", 3)])).toBeNull();
    expect(findImbalance([track("A", 5), track("B", 3)])).toBeNull();
  });

  it("compares shares, not counts, so different targets are fair", () => {
    // 4 of 8 (half) against 2 of 4 (half): balanced although one has twice the interviews.
    expect(findImbalance([track("A", 4, 8), track("B", 2, 4)])).toBeNull();
  });

  it("does not nag once the track behind is complete", () => {
    expect(findImbalance([track("A", 10, 10), track("B", 2, 2)])).toBeNull();
  });

  it("compares the track furthest ahead with the one furthest behind", () => {
    const result = findImbalance([track("A", 2), track("B", 4), track("C", 1)]);
    expect(result).toMatchObject({ ahead: { name: "B" }, behind: { name: "C" } });
  });

  it("says which track is ahead in a sentence", () => {
    expect(imbalanceMessage([track("Agency owners", 3), track("Engagement", 0)])).toContain(
      "“Agency owners” is far ahead of “Engagement” (3 of 5 against 0 of 5)",
    );
    expect(imbalanceMessage([track("A", 1), track("B", 1)])).toBeNull();
  });
});
