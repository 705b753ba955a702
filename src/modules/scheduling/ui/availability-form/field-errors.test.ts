import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "~/server/errors";
import { DEFAULT_AVAILABILITY } from "../../domain/availability";
import { updateAvailabilityInput } from "../../schemas";
import { draftFrom, inputFrom, newOverride } from "./draft";
import { groupErrors, rowsSent } from "./field-errors";

// Errors as the server gives them: the real input schema's answer to what the form sent.
function serverErrorsFor(draft: ReturnType<typeof draftFrom>) {
  const parsed = updateAvailabilityInput.safeParse(inputFrom(draft, "northstar"));
  if (parsed.success) throw new Error("expected the server to refuse this draft");
  return groupErrors(zodFieldErrors(parsed.error), rowsSent(draft));
}

/** The hours a new coach starts from (Monday–Friday, 09:00–17:00), as the form reads them. */
const suggested = () =>
  draftFrom(
    {
      timeZone: "UTC",
      weekly: DEFAULT_AVAILABILITY.weekly,
      overrides: [],
      bookingEnabled: true,
      displayName: "Robin",
      headline: null,
      slug: "robin",
    },
    "saved",
  );

describe("the server's field errors", () => {
  it("land on the rows that were sent, though unticked days shift the server's numbering", () => {
    const base = suggested();
    const draft = {
      ...base,
      displayName: "",
      days: base.days.map((day) =>
        day.weekday === 2
          ? { ...day, available: false }
          : day.weekday === 3
            ? { ...day, ranges: [{ start: "15:00", end: "11:00" }] }
            : day,
      ),
      overrides: [newOverride([], "2026-12-24", "new-0"), { ...newOverride([], "2026-12-25", "new-1"), date: "soon" }],
    };
    const errors = serverErrorsFor(draft);

    // Tuesday is not sent, so the server calls Wednesday weekly.1 — the form shows it on Wednesday.
    expect(Object.keys(errors.days.get(3)?.ranges ?? {})).toEqual(["0"]);
    expect([...errors.days.keys()]).toEqual([3]);
    expect(errors.overrides.get("new-1")?.date).toBeTruthy();
    expect([...errors.overrides.keys()]).toEqual(["new-1"]);
    expect(errors.simple.displayName).toBeTruthy();
  });

  it("keep the first message per place, and put paths of no sent row with the form's other messages", () => {
    const errors = groupErrors(
      {
        "weekly.0.ranges.0.start": "first",
        "weekly.0.weekday": "day problem",
        "weekly.5.ranges.0.end": "no such row",
        "overrides.0": "override problem",
        weekly: "too many days",
      },
      { weekdays: [2], overrideKeys: ["new-7"] },
    );
    expect(errors.days.get(2)).toEqual({ day: "day problem", ranges: { 0: { start: "first" } } });
    expect(errors.overrides.get("new-7")).toEqual({ day: "override problem", ranges: {} });
    expect(errors.simple).toEqual({ "weekly.5.ranges.0.end": "no such row", weekly: "too many days" });
  });
});
