import { describe, expect, it } from "vitest";
import { auditEntryFor } from "./audit-entry";

describe("auditEntryFor", () => {
  it("keeps ids, numbers, booleans and codes, and names the other fields without their text", () => {
    const entry = auditEntryFor("outreach.logOutreach", {
      practiceSlug: "northstar",
      contactId: "c1",
      kind: "FOLLOW_UP",
      seats: 2,
      private: false,
      message: "Hi Ada, thanks for the chat about Acme",
      name: "Ada Lovelace",
    });
    expect(entry).toEqual({
      action: "outreach.logOutreach",
      targetType: "contact",
      targetId: "c1",
      data: { contactId: "c1", kind: "FOLLOW_UP", seats: 2, private: false, fields: ["message", "name"] },
    });
  });

  it("has no target when the input names no id", () => {
    expect(auditEntryFor("practices.update", { name: "Renamed" })).toMatchObject({
      targetType: null,
      targetId: null,
      data: { fields: ["name"] },
    });
  });
});
