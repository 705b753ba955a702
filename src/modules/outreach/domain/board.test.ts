import { describe, expect, it } from "vitest";
import { boardColumns } from "./board";
import { CONTACT_STATUSES, type ContactStatus } from "./pipeline";

const card = (name: string, shownStatus: ContactStatus) => ({ name, shownStatus });

describe("the board's columns", () => {
  it("run identified → thanked, with declined and no reply folded into one column at the end", () => {
    const columns = boardColumns([]);
    expect(columns.map((column) => [column.label, column.folded, column.groups.map((group) => group.status)])).toEqual([
      ["Identified", false, ["IDENTIFIED"]],
      ["Contacted", false, ["CONTACTED"]],
      ["Follow-up due", false, ["FOLLOW_UP_DUE"]],
      ["Scheduled", false, ["SCHEDULED"]],
      ["Interviewed", false, ["INTERVIEWED"]],
      ["Thanked", false, ["THANKED"]],
      ["Declined or no reply", true, ["DECLINED", "NO_REPLY"]],
    ]);
  });

  it("place every status in exactly one place", () => {
    const places = boardColumns([]).flatMap((column) => column.groups.map((group) => group.status));
    expect(places.sort()).toEqual([...CONTACT_STATUSES].sort());
  });

  it("place each card by the status the client sees, keep their order and count them", () => {
    const cards = [
      card("Ana", "THANKED"),
      card("Tom", "FOLLOW_UP_DUE"),
      card("Ravi", "IDENTIFIED"),
      card("Sofia", "DECLINED"),
      card("Lee", "IDENTIFIED"),
      card("Kai", "NO_REPLY"),
    ];
    const columns = boardColumns(cards);
    const byColumn = Object.fromEntries(
      columns.map((column) => [
        column.id,
        { count: column.count, names: column.groups.map((g) => g.cards.map((c) => c.name)) },
      ]),
    );
    expect(byColumn).toEqual({
      IDENTIFIED: { count: 2, names: [["Ravi", "Lee"]] },
      CONTACTED: { count: 0, names: [[]] },
      FOLLOW_UP_DUE: { count: 1, names: [["Tom"]] },
      SCHEDULED: { count: 0, names: [[]] },
      INTERVIEWED: { count: 0, names: [[]] },
      THANKED: { count: 1, names: [["Ana"]] },
      ENDED: { count: 2, names: [["Sofia"], ["Kai"]] },
    });
  });
});
