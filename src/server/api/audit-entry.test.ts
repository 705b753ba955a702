import { describe, expect, it } from "vitest";
import { auditRow } from "~/server/audit/audit-log";
import { auditEntryFor } from "./audit-entry";

const rowFor = (path: string, input: unknown) =>
  auditRow({ ...auditEntryFor(path, input), practiceId: "p1", actorUserId: "u1" });

describe("auditEntryFor", () => {
  it("keeps ids, numbers, booleans and codes, and names the other fields without their text", () => {
    const entry = rowFor("outreach.logOutreach", {
      practiceSlug: "northstar",
      contactId: "c1",
      kind: "FOLLOW_UP",
      seats: 2,
      private: false,
      message: "Hi Ada, thanks for the chat about Acme",
      name: "Ada Lovelace",
    });
    expect(entry).toEqual({
      practiceId: "p1",
      actorUserId: "u1",
      action: "outreach.logOutreach",
      targetType: "contact",
      targetId: "c1",
      data: { contactId: "c1", kind: "FOLLOW_UP", seats: 2, private: false, fields: ["message", "name"] },
    });
  });

  it("has no target when the input names no id", () => {
    expect(rowFor("practices.update", { name: "Renamed" })).toMatchObject({
      targetType: null,
      targetId: null,
      data: { fields: ["name"] },
    });
  });
});
