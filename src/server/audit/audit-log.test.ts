import { describe, expect, it } from "vitest";
import { auditRow } from "./audit-log";

const record = (facts: Record<string, unknown>, target: { type: string; id: string } | null = null) =>
  auditRow({ practiceId: "p1", actorUserId: null, action: "test.write", target, facts });

describe("auditRow", () => {
  it("keeps ids, numbers, booleans, codes and instants, and only the names of other facts", () => {
    const row = record({
      bookingId: "bk_1",
      by: "BOOKER",
      seats: 2,
      shared: false,
      cancelledAt: null,
      start: new Date("2026-11-23T09:00:00Z"),
      reason: "Ada's mother is in hospital",
      name: "Ada",
      status: "past_due",
    });
    expect(row.data).toEqual({
      bookingId: "bk_1",
      by: "BOOKER",
      seats: 2,
      shared: false,
      cancelledAt: null,
      start: "2026-11-23T09:00:00.000Z",
      fields: ["reason", "name", "status"],
    });
  });

  it("keeps no free text under an id's name, in an object, or in a key it cannot store", () => {
    const row = record({
      contactId: "Ada Lovelace, who works at Acme and did not agree to be stored here at all",
      answers: { goal: "Leave accounting" },
      tags: ["Ada"],
      "bad key": "Ada",
      ["nul\u0000"]: 1,
      invalid: new Date(Number.NaN),
    });
    expect(row.data).toEqual({ fields: ["contactId", "answers", "tags", "invalid"] });
    expect(JSON.stringify(row)).not.toMatch(/Ada|accounting/);
  });

  it("keeps a target only when its id is an id", () => {
    expect(record({}, { type: "booking", id: "bk_1" })).toMatchObject({ targetType: "booking", targetId: "bk_1" });
    expect(record({}, { type: "note", id: "Dear diary\nAda said" })).toMatchObject({
      targetType: null,
      targetId: null,
    });
  });
});
