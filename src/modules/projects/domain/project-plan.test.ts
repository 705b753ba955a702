import { describe, expect, it } from "vitest";
import {
  DUE_DATE_MESSAGES,
  TRACK_MESSAGES,
  describeOutreachGoal,
  dueDateProblem,
  planFromTemplate,
  trackProblems,
} from "./project-plan";

describe("planFromTemplate", () => {
  it("copies tracks, questions and the outreach goal, and suggests the template's name as title", () => {
    const plan = planFromTemplate({
      name: "Ten conversations, two fields",
      tracks: [
        { name: "Agency owners", targetCount: 5 },
        { name: "Employee engagement", targetCount: 5 },
      ],
      questionBank: ["What is your day to day really like?"],
      outreachGoalCount: 2,
      outreachGoalPeriod: "DAY",
    });
    expect(plan).toEqual({
      title: "Ten conversations, two fields",
      tracks: [
        { name: "Agency owners", targetCount: 5 },
        { name: "Employee engagement", targetCount: 5 },
      ],
      questionBank: ["What is your day to day really like?"],
      outreachGoalCount: 2,
      outreachGoalPeriod: "DAY",
    });
  });

  it("drops whatever a JSON column holds that is not a track or a question", () => {
    const plan = planFromTemplate({
      name: "Odd",
      tracks: [{ name: "Good", targetCount: 3 }, { name: 4 }, null, "x"],
      questionBank: ["Real?", 7, "", null],
      outreachGoalCount: 5,
      outreachGoalPeriod: "WEEK",
    });
    expect(plan.tracks).toEqual([{ name: "Good", targetCount: 3 }]);
    expect(plan.questionBank).toEqual(["Real?"]);
    expect(planFromTemplate({ ...plan, name: "x", tracks: "nope", questionBank: {} }).tracks).toEqual([]);
  });

  it("gives the copy its own arrays, so editing the draft never edits the template", () => {
    const tracks = [{ name: "A", targetCount: 5 }];
    const plan = planFromTemplate({
      name: "T",
      tracks,
      questionBank: [],
      outreachGoalCount: 1,
      outreachGoalPeriod: "DAY",
    });
    plan.tracks[0]!.name = "Changed";
    expect(tracks[0]!.name).toBe("A");
  });
});

describe("trackProblems", () => {
  it("accepts one to six named tracks with targets from 1 to 100", () => {
    expect(
      trackProblems([
        { name: "A", targetCount: 1 },
        { name: "B", targetCount: 100 },
      ]),
    ).toEqual([]);
  });

  it("refuses no tracks and more than six", () => {
    expect(trackProblems([])).toEqual([{ index: null, message: TRACK_MESSAGES.none }]);
    const seven = Array.from({ length: 7 }, (_, i) => ({ name: `T${i}`, targetCount: 1 }));
    expect(trackProblems(seven)).toEqual([{ index: null, message: TRACK_MESSAGES.tooMany }]);
  });

  it("refuses targets of 0, 101 and fractions, and blank or repeated names", () => {
    expect(trackProblems([{ name: "A", targetCount: 0 }])).toEqual([{ index: 0, message: TRACK_MESSAGES.target }]);
    expect(trackProblems([{ name: "A", targetCount: 101 }])).toEqual([{ index: 0, message: TRACK_MESSAGES.target }]);
    expect(trackProblems([{ name: "A", targetCount: 2.5 }])).toEqual([{ index: 0, message: TRACK_MESSAGES.target }]);
    expect(trackProblems([{ name: "  ", targetCount: 2 }])).toEqual([{ index: 0, message: TRACK_MESSAGES.name }]);
    expect(
      trackProblems([
        { name: "Design", targetCount: 2 },
        { name: "design ", targetCount: 2 },
      ]),
    ).toEqual([{ index: 1, message: TRACK_MESSAGES.duplicate }]);
  });
});

describe("dueDateProblem", () => {
  it("allows today and later, in the client's calendar", () => {
    expect(dueDateProblem("2026-11-23", "2026-11-23")).toBeNull();
    expect(dueDateProblem("2027-01-10", "2026-11-23")).toBeNull();
  });

  it("refuses a past date and a malformed one", () => {
    expect(dueDateProblem("2026-11-22", "2026-11-23")).toBe(DUE_DATE_MESSAGES.past);
    expect(dueDateProblem("2026-02-30", "2026-01-01")).toBe(DUE_DATE_MESSAGES.format);
  });
});

describe("describeOutreachGoal", () => {
  it("reads as a small daily or weekly goal", () => {
    expect(describeOutreachGoal(2, "DAY")).toBe("2 people a day");
    expect(describeOutreachGoal(1, "WEEK")).toBe("1 person a week");
  });
});
