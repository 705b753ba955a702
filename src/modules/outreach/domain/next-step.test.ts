import { describe, expect, it } from "vitest";
import { nextStepOf, type NextStepContact } from "./next-step";

const PROJECT = { maxFollowUps: 2 };
const contact = (overrides: Partial<NextStepContact>): NextStepContact => ({
  shownStatus: "IDENTIFIED",
  nextFollowUpOn: null,
  followUpCount: 0,
  referredBy: null,
  referrerToldAt: null,
  interviews: [],
  ...overrides,
});
const next = (overrides: Partial<NextStepContact>) => nextStepOf(contact(overrides), PROJECT);

describe("the next step with a person", () => {
  it("follows the conversation from the first message to the wait for a reply", () => {
    expect(next({})).toEqual({ kind: "FIRST_MESSAGE" });
    expect(next({ shownStatus: "CONTACTED", nextFollowUpOn: "2026-11-28" })).toEqual({
      kind: "AWAIT_REPLY",
      followUpOn: "2026-11-28",
    });
  });

  it("asks for a follow-up until they are used up, then suggests marking no reply", () => {
    const due = { shownStatus: "FOLLOW_UP_DUE" as const, nextFollowUpOn: "2026-11-20" };
    expect(next({ ...due, followUpCount: 1 })).toEqual({ kind: "FOLLOW_UP", dueOn: "2026-11-20" });
    expect(next({ ...due, followUpCount: 2 })).toEqual({ kind: "MARK_NO_REPLY" });
  });

  it("reads a scheduled person's latest interview: none yet, ahead, or already held", () => {
    const ahead = new Date("2026-11-24T18:00:00Z");
    expect(next({ shownStatus: "SCHEDULED" })).toEqual({ kind: "AGREE_TIME" });
    expect(
      next({
        shownStatus: "SCHEDULED",
        interviews: [
          { occurredAt: ahead, happened: false },
          { occurredAt: new Date("2026-11-01T18:00:00Z"), happened: true },
        ],
      }),
    ).toEqual({ kind: "HOLD_INTERVIEW", at: ahead });
    expect(next({ shownStatus: "SCHEDULED", interviews: [{ occurredAt: ahead, happened: true }] })).toEqual({
      kind: "RECORD_INTERVIEW",
    });
  });

  it("thanks, then tells the referrer once, then is done", () => {
    const referredBy = { name: "Ana Souza" };
    expect(next({ shownStatus: "INTERVIEWED", referredBy })).toEqual({ kind: "THANK" });
    expect(next({ shownStatus: "THANKED", referredBy })).toEqual({ kind: "TELL_REFERRER", referrerName: "Ana Souza" });
    expect(next({ shownStatus: "THANKED", referredBy, referrerToldAt: new Date() })).toEqual({ kind: "DONE" });
    expect(next({ shownStatus: "THANKED" })).toEqual({ kind: "DONE" });
  });

  it("has nothing to do once the conversation ended", () => {
    expect(next({ shownStatus: "DECLINED" })).toEqual({ kind: "ENDED" });
    expect(next({ shownStatus: "NO_REPLY" })).toEqual({ kind: "ENDED" });
  });
});
