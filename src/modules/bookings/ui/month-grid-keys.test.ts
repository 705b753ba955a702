import { describe, expect, it } from "vitest";
import { dateAfterKey, type MonthGridBounds } from "./month-grid-keys";

// February 2026 starts on a Sunday and ends on a Saturday; 2028 is a leap year.
const february: MonthGridBounds = { month: "2026-02", minMonth: "2026-01", maxMonth: "2027-03" };
const press = (key: string, shiftKey = false) => ({ key, shiftKey });
const from = (date: string, key: string, bounds = february, shiftKey = false) =>
  dateAfterKey(date, press(key, shiftKey), bounds);

describe("moving focus in the month calendar", () => {
  it("moves by a day and by a week, across the ends of months", () => {
    expect(from("2026-02-10", "ArrowRight")).toBe("2026-02-11");
    expect(from("2026-02-10", "ArrowLeft")).toBe("2026-02-09");
    expect(from("2026-02-10", "ArrowDown")).toBe("2026-02-17");
    expect(from("2026-02-10", "ArrowUp")).toBe("2026-02-03");
    expect(from("2026-02-28", "ArrowRight")).toBe("2026-03-01");
    expect(from("2026-02-01", "ArrowLeft")).toBe("2026-01-31");
    expect(from("2026-02-25", "ArrowDown")).toBe("2026-03-04");
  });

  it("goes to the Monday and Sunday of the week, within the month on screen", () => {
    expect(from("2026-02-11", "Home")).toBe("2026-02-09"); // a Wednesday
    expect(from("2026-02-11", "End")).toBe("2026-02-15");
    expect(from("2026-02-09", "Home")).toBe("2026-02-09");
    // The 1st is a Sunday: its week's Monday is in January, a blank cell here.
    expect(from("2026-02-01", "Home")).toBe("2026-02-01");
    expect(from("2026-02-25", "End")).toBe("2026-02-28"); // that week's Sunday is 1 March
  });

  it("pages by month, and by year with Shift, keeping the day or taking the month's last", () => {
    expect(from("2026-02-14", "PageDown")).toBe("2026-03-14");
    expect(from("2026-02-14", "PageUp")).toBe("2026-01-14");
    const january: MonthGridBounds = { ...february, month: "2026-01" };
    expect(from("2026-01-31", "PageDown", january)).toBe("2026-02-28");
    const leap: MonthGridBounds = { month: "2028-01", minMonth: "2027-01", maxMonth: "2029-12" };
    expect(from("2028-01-31", "PageDown", leap)).toBe("2028-02-29");
    expect(from("2028-02-29", "PageDown", leap, true)).toBe("2029-02-28");
    expect(from("2028-02-29", "PageUp", leap, true)).toBe("2027-02-28");
  });

  it("stays put rather than leave the months a visitor may book", () => {
    expect(from("2026-01-01", "ArrowLeft", { ...february, month: "2026-01" })).toBe("2026-01-01");
    expect(from("2026-01-03", "ArrowUp", { ...february, month: "2026-01" })).toBe("2026-01-03");
    expect(from("2026-01-20", "PageUp", { ...february, month: "2026-01" })).toBe("2026-01-20");
    expect(from("2027-03-31", "ArrowRight", { ...february, month: "2027-03" })).toBe("2027-03-31");
    expect(from("2026-02-14", "PageDown", february, true)).toBe("2027-02-14");
    expect(from("2026-04-14", "PageDown", { ...february, month: "2026-04" }, true)).toBe("2026-04-14");
  });

  it("leaves every other key to the browser", () => {
    for (const key of ["Enter", " ", "Tab", "a", "Escape"]) expect(from("2026-02-10", key)).toBeNull();
  });
});
