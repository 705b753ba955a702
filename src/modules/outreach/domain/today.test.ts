import { describe, expect, it } from "vitest";
import { computeToday, outreachHistoryStart, periodStart, type TodayContact, type TodayOutreach } from "./today";

const project = { outreachGoalCount: 2, outreachGoalPeriod: "DAY" as const, maxFollowUps: 2 };
const zone = "America/New_York";
// 10:00 in New York on Mon 23 Nov 2026 (EST, UTC−5).
const now = new Date("2026-11-23T15:00:00Z");

function contact(overrides: Partial<TodayContact> = {}): TodayContact {
  return {
    id: overrides.name ?? "c",
    name: "Casey",
    status: "IDENTIFIED",
    lastContactedAt: null,
    nextFollowUpOn: null,
    followUpCount: 0,
    interviewedAt: null,
    thankedAt: null,
    referrerToldAt: null,
    referrerName: null,
    ...overrides,
  };
}

/** `count` first messages to different people at noon New York time on `date`. */
function reachedOn(date: string, count: number): TodayOutreach[] {
  return Array.from({ length: count }, (_, i) => ({
    contactId: `${date}-${i}`,
    kind: "INITIAL" as const,
    sentAt: new Date(`${date}T17:00:00Z`),
  }));
}

const today = (overrides: Partial<Parameters<typeof computeToday>[0]> = {}) =>
  computeToday({ now, timeZone: zone, project, contacts: [], outreach: [], ...overrides });

describe("today's date", () => {
  it("is the client's calendar date, not UTC's", () => {
    // 01:00 UTC on the 24th is still the evening of the 23rd in New York.
    expect(today({ now: new Date("2026-11-24T01:00:00Z") }).date).toBe("2026-11-23");
    expect(today({ now: new Date("2026-11-24T01:00:00Z"), timeZone: "Europe/Berlin" }).date).toBe("2026-11-24");
  });
});

describe("follow-ups", () => {
  const contacted = (name: string, nextFollowUpOn: string, followUpCount = 0) =>
    contact({
      name,
      status: "CONTACTED",
      nextFollowUpOn,
      followUpCount,
      lastContactedAt: new Date("2026-11-18T14:00:00Z"),
    });

  it("lists people whose follow-up date has arrived, oldest first, with days since contact", () => {
    const result = today({
      contacts: [contacted("Later", "2026-11-24"), contacted("Due", "2026-11-23"), contacted("Overdue", "2026-11-20")],
    });
    expect(result.followUps.map((f) => f.contactName)).toEqual(["Overdue", "Due"]);
    expect(result.followUps[0]).toMatchObject({ dueOn: "2026-11-20", daysSinceContact: 5, suggestNoReply: false });
  });

  it("suggests marking no reply once the cap on follow-ups is reached", () => {
    const result = today({ contacts: [contacted("Once", "2026-11-23", 1), contacted("Twice", "2026-11-23", 2)] });
    expect(result.followUps.map((f) => [f.contactName, f.attempts, f.suggestNoReply])).toEqual([
      ["Once", 1, false],
      ["Twice", 2, true],
    ]);
  });

  it("skips people who replied, declined or were marked no reply", () => {
    const statuses = ["SCHEDULED", "DECLINED", "NO_REPLY", "INTERVIEWED"] as const;
    const contacts = statuses.map((status) => contact({ name: status, status, nextFollowUpOn: "2026-11-20" }));
    expect(today({ contacts }).followUps).toEqual([]);
  });

  it("counts a follow-up marked due by hand", () => {
    const result = today({ contacts: [contact({ status: "FOLLOW_UP_DUE", nextFollowUpOn: "2026-11-23" })] });
    expect(result.followUps).toHaveLength(1);
  });

  it("reads the due date on the client's calendar near midnight", () => {
    const dueTomorrow = [contacted("Tomorrow", "2026-11-24")];
    // 23:30 on the 23rd in New York: not due yet, although it is already the 24th in UTC.
    expect(today({ now: new Date("2026-11-24T04:30:00Z"), contacts: dueTomorrow }).followUps).toEqual([]);
    expect(today({ now: new Date("2026-11-24T05:30:00Z"), contacts: dueTomorrow }).followUps).toHaveLength(1);
  });
});

describe("the outreach goal", () => {
  it("counts distinct people asked today, in the client's zone", () => {
    const outreach: TodayOutreach[] = [
      { contactId: "a", kind: "INITIAL", sentAt: new Date("2026-11-23T14:00:00Z") },
      { contactId: "a", kind: "FOLLOW_UP", sentAt: new Date("2026-11-23T14:30:00Z") },
      // 23:00 on the 22nd in New York: yesterday.
      { contactId: "b", kind: "INITIAL", sentAt: new Date("2026-11-23T04:00:00Z") },
      // A thank-you is not outreach towards the goal.
      { contactId: "c", kind: "THANK_YOU", sentAt: new Date("2026-11-23T14:00:00Z") },
    ];
    expect(today({ outreach }).goal).toEqual({ target: 2, done: 1, period: "DAY", met: false });
  });

  it("is met at the target", () => {
    expect(today({ outreach: reachedOn("2026-11-23", 2) }).goal.met).toBe(true);
  });

  it("counts a weekly goal from Monday", () => {
    const weekly = { ...project, outreachGoalCount: 5, outreachGoalPeriod: "WEEK" as const };
    const thursday = new Date("2026-11-26T15:00:00Z");
    const outreach = [...reachedOn("2026-11-22", 3), ...reachedOn("2026-11-23", 2), ...reachedOn("2026-11-25", 1)];
    // Sunday the 22nd belongs to the week before.
    expect(today({ now: thursday, project: weekly, outreach }).goal).toMatchObject({ done: 3, period: "WEEK" });
  });
});

describe("the streak", () => {
  const days = (...spec: Array<[string, number]>) => spec.flatMap(([date, count]) => reachedOn(date, count));

  it("counts days in a row on which the goal was met, today included", () => {
    const outreach = days(["2026-11-21", 2], ["2026-11-22", 3], ["2026-11-23", 2]);
    expect(today({ outreach }).streak).toEqual({ count: 3, atRisk: false });
  });

  it("does not break while today is still running", () => {
    const outreach = days(["2026-11-21", 2], ["2026-11-22", 2], ["2026-11-23", 1]);
    expect(today({ outreach }).streak).toEqual({ count: 2, atRisk: false });
  });

  it("forgives a single missed day without counting it", () => {
    const outreach = days(["2026-11-20", 2], ["2026-11-21", 0], ["2026-11-22", 2], ["2026-11-23", 2]);
    expect(today({ outreach }).streak.count).toBe(3);
  });

  it("ends after two missed days in a row", () => {
    const outreach = days(["2026-11-19", 2], ["2026-11-20", 1], ["2026-11-21", 0], ["2026-11-22", 2]);
    expect(today({ outreach }).streak).toEqual({ count: 1, atRisk: false });
  });

  it("is at risk when yesterday was missed and today's goal is not met yet", () => {
    const outreach = days(["2026-11-20", 2], ["2026-11-21", 2]);
    expect(today({ outreach }).streak).toEqual({ count: 2, atRisk: true });
    // Meeting today's goal saves it.
    expect(today({ outreach: [...outreach, ...reachedOn("2026-11-23", 2)] }).streak).toEqual({
      count: 3,
      atRisk: false,
    });
    // A day later, with two days missed, it is gone.
    expect(today({ now: new Date("2026-11-24T15:00:00Z"), outreach }).streak.count).toBe(0);
  });

  it("is zero with no outreach", () => {
    expect(today().streak).toEqual({ count: 0, atRisk: false });
  });

  it("counts weeks for a weekly goal", () => {
    const weekly = { ...project, outreachGoalCount: 3, outreachGoalPeriod: "WEEK" as const };
    // Weeks of 2 Nov and 9 Nov met, 16 Nov missed (forgiven), this week (23 Nov) met already.
    const outreach = days(["2026-11-03", 3], ["2026-11-10", 2], ["2026-11-12", 1], ["2026-11-23", 3]);
    expect(today({ project: weekly, outreach }).streak).toEqual({ count: 3, atRisk: false });
  });

  it("looks back no further than the history the caller is asked for", () => {
    expect(outreachHistoryStart("2026-11-23", "DAY")).toBe("2026-08-25");
    expect(outreachHistoryStart("2026-11-23", "WEEK")).toBe(periodStart("2026-05-25", "WEEK"));
    const everyDay = Array.from({ length: 200 }, (_, i) =>
      reachedOn(new Date(Date.parse("2026-05-08T00:00:00Z") + i * 86_400_000).toISOString().slice(0, 10), 2),
    ).flat();
    expect(today({ outreach: everyDay }).streak.count).toBe(91);
  });
});

describe("thank-you notes", () => {
  it("are due within 24 hours of an interview and flagged once overdue", () => {
    const result = today({
      contacts: [
        contact({ name: "Fresh", status: "INTERVIEWED", interviewedAt: new Date("2026-11-23T13:00:00Z") }),
        contact({ name: "Late", status: "INTERVIEWED", interviewedAt: new Date("2026-11-21T13:00:00Z") }),
      ],
    });
    expect(result.thankYous.map((t) => [t.contactName, t.overdue])).toEqual([
      ["Late", true],
      ["Fresh", false],
    ]);
    expect(result.thankYous[1]!.dueBy).toEqual(new Date("2026-11-24T13:00:00Z"));
  });

  it("are not due for an interview still ahead, or once thanked", () => {
    const result = today({
      contacts: [
        contact({ name: "Ahead", status: "SCHEDULED", interviewedAt: new Date("2026-11-23T18:00:00Z") }),
        contact({
          name: "Thanked",
          status: "THANKED",
          interviewedAt: new Date("2026-11-22T13:00:00Z"),
          thankedAt: new Date("2026-11-22T20:00:00Z"),
        }),
      ],
    });
    expect(result.thankYous).toEqual([]);
  });

  it("are due again after a second interview", () => {
    const again = contact({
      status: "INTERVIEWED",
      interviewedAt: new Date("2026-11-23T13:00:00Z"),
      thankedAt: new Date("2026-11-10T13:00:00Z"),
    });
    expect(today({ contacts: [again] }).thankYous).toHaveLength(1);
  });
});

describe("telling the referrer", () => {
  it("is due after an interview with a referred person until the referrer is told", () => {
    const interviewedAt = new Date("2026-11-22T13:00:00Z");
    const result = today({
      contacts: [
        contact({ name: "Ben", status: "THANKED", interviewedAt, referrerName: "Ada" }),
        contact({ name: "Told", status: "THANKED", interviewedAt, referrerName: "Ada", referrerToldAt: now }),
        contact({ name: "Unreferred", status: "THANKED", interviewedAt }),
        contact({ name: "Not yet", status: "SCHEDULED", referrerName: "Ada" }),
      ],
    });
    expect(result.referrerUpdates).toEqual([{ contactId: "Ben", contactName: "Ben", referrerName: "Ada" }]);
  });
});

describe("anything due", () => {
  it("is false only when the goal is met and nothing else waits", () => {
    expect(today({ outreach: reachedOn("2026-11-23", 2) }).anythingDue).toBe(false);
    expect(today().anythingDue).toBe(true);
    const thanks = contact({ status: "INTERVIEWED", interviewedAt: new Date("2026-11-23T13:00:00Z") });
    expect(today({ outreach: reachedOn("2026-11-23", 2), contacts: [thanks] }).anythingDue).toBe(true);
  });
});
