import { describe, expect, it } from "vitest";
import { caseloadHref, caseloadQueryFrom, formTargetOf, sortHref } from "./caseload-params";

const base = "/p/northstar/caseload";

describe("the caseload's URL state", () => {
  it("reads the URL, falling back to defaults for anything unknown or malformed", () => {
    expect(caseloadQueryFrom({})).toEqual({
      sort: "activity",
      direction: undefined,
      stalledOnly: false,
      search: "",
      coachProfileId: undefined,
      page: 1,
    });
    expect(
      caseloadQueryFrom({ sort: "salary", dir: "up", page: "-3", stalled: "1", q: [" Priya ", "x"], coach: "c1" }),
    ).toMatchObject({
      sort: "activity",
      direction: undefined,
      page: 1,
      stalledOnly: true,
      search: "Priya",
      coachProfileId: "c1",
    });
  });

  it("writes only what differs from the defaults", () => {
    expect(caseloadHref(base, caseloadQueryFrom({}))).toBe(base);
    expect(caseloadHref(base, caseloadQueryFrom({ sort: "name", q: "jo", page: "2" }))).toBe(
      `${base}?sort=name&q=jo&page=2`,
    );
  });

  it("sorts by a clicked column from page one, and flips the direction when it is already the sort", () => {
    const query = caseloadQueryFrom({ sort: "name", dir: "asc", page: "3", stalled: "1" });
    const current = { sort: "name" as const, direction: "asc" as const };
    expect(sortHref(base, query, current, "name")).toBe(`${base}?sort=name&dir=desc&stalled=1`);
    expect(sortHref(base, query, current, "progress")).toBe(`${base}?sort=progress&stalled=1`);
  });

  it("turns a URL into the GET form a header button submits, and back", () => {
    const href = `${base}?sort=awaiting&dir=asc&q=ann+lee&coach=c1`;
    const target = formTargetOf(href);
    expect(target).toEqual({
      action: base,
      fields: [
        ["sort", "awaiting"],
        ["dir", "asc"],
        ["q", "ann lee"],
        ["coach", "c1"],
      ],
    });
    expect(`${target.action}?${new URLSearchParams(target.fields).toString()}`).toBe(href);
    expect(formTargetOf(base)).toEqual({ action: base, fields: [] });
  });
});
