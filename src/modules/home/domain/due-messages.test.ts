import { describe, expect, it } from "vitest";
import { dueMessages } from "./due-messages";

// Monday 23 Nov 2026 in Kolkata (UTC+5:30).
const zone = "Asia/Kolkata";
const followUp = (contactName: string, dueOn: string) => ({
  contactId: contactName,
  contactName,
  dueOn,
  daysSinceContact: 5,
  attempts: 1,
  suggestNoReply: false,
});
const thankYou = (contactName: string, dueBy: string, overdue: boolean) => ({
  contactId: contactName,
  contactName,
  interviewedAt: new Date(new Date(dueBy).getTime() - 86_400_000),
  dueBy: new Date(dueBy),
  overdue,
});
const project = (projectId: string, today: Partial<Parameters<typeof dueMessages>[0][number]["today"]>) => ({
  projectId,
  projectTitle: `Project ${projectId}`,
  timeZone: zone,
  today: { date: "2026-11-23", followUps: [], thankYous: [], referrerUpdates: [], ...today },
});

describe("dueMessages", () => {
  it("puts overdue messages first, then orders by when each is due, referrer updates last", () => {
    const messages = dueMessages([
      project("a", {
        followUps: [followUp("Due today", "2026-11-23"), followUp("Late follow-up", "2026-11-20")],
        thankYous: [thankYou("Thank soon", "2026-11-23T15:00:00Z", false)],
        referrerUpdates: [{ contactId: "r", contactName: "Referred", referrerName: "Ana" }],
      }),
      project("b", { thankYous: [thankYou("Late thanks", "2026-11-22T06:00:00Z", true)] }),
    ]);
    expect(messages.map((m) => [m.contactName, m.kind, m.overdue, m.projectId])).toEqual([
      ["Late follow-up", "FOLLOW_UP", true, "a"],
      ["Late thanks", "THANK_YOU", true, "b"],
      ["Due today", "FOLLOW_UP", false, "a"],
      ["Thank soon", "THANK_YOU", false, "a"],
      ["Referred", "REFERRER_UPDATE", false, "a"],
    ]);
  });

  it("reads a follow-up date on the client's calendar: due today is not overdue", () => {
    const [message] = dueMessages([project("a", { followUps: [followUp("Tom", "2026-11-23")] })]);
    expect(message).toMatchObject({ kind: "FOLLOW_UP", overdue: false, dueOn: "2026-11-23", attempts: 1 });
  });

  it("compares a follow-up's date with a thank-you's deadline at the start of that date in the client's zone", () => {
    // 2026-11-22 begins at 18:30 UTC on the 21st in Kolkata, before a thank-you due at 20:00 UTC that day.
    const messages = dueMessages([
      project("a", {
        followUps: [followUp("Follow-up", "2026-11-22")],
        thankYous: [thankYou("Thanks", "2026-11-21T20:00:00Z", true)],
      }),
    ]);
    expect(messages.map((m) => m.contactName)).toEqual(["Follow-up", "Thanks"]);
  });

  it("is empty when nothing is due", () => {
    expect(dueMessages([project("a", {})])).toEqual([]);
    expect(dueMessages([])).toEqual([]);
  });
});
