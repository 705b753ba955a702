import { describe, expect, it } from "vitest";
import { afterInterviewSaved, afterOutreach, type ContactState } from "./outreach-effects";

const fresh: ContactState = {
  status: "IDENTIFIED",
  firstContactedAt: null,
  followUpCount: 0,
  interviewedAt: null,
  referredById: null,
};
const project = { followUpAfterDays: 5, timeZone: "Asia/Tokyo" };
// 23:30 on 23 Nov in Tokyo (UTC+9) is 14:30 UTC: the follow-up date counts from Tokyo's date.
const sentAt = new Date("2026-11-23T14:30:00Z");

describe("logging outreach", () => {
  it("a first message marks the person contacted and sets the follow-up date on the client's calendar", () => {
    expect(afterOutreach(fresh, { kind: "INITIAL", sentAt }, project)).toEqual({
      ok: true,
      changes: { status: "CONTACTED", firstContactedAt: sentAt, lastContactedAt: sentAt, nextFollowUpOn: "2026-11-28" },
    });
    // 00:30 on the 24th in Tokyo.
    const late = new Date("2026-11-23T15:30:00Z");
    const outcome = afterOutreach(fresh, { kind: "INITIAL", sentAt: late }, project);
    expect(outcome.ok && outcome.changes.nextFollowUpOn).toBe("2026-11-29");
  });

  it("a follow-up counts the attempt, keeps the first contact date and moves the next follow-up", () => {
    const first = new Date("2026-11-10T10:00:00Z");
    const contacted = { ...fresh, status: "FOLLOW_UP_DUE" as const, firstContactedAt: first, followUpCount: 1 };
    expect(afterOutreach(contacted, { kind: "FOLLOW_UP", sentAt }, project)).toEqual({
      ok: true,
      changes: {
        status: "CONTACTED",
        firstContactedAt: first,
        lastContactedAt: sentAt,
        followUpCount: 2,
        nextFollowUpOn: "2026-11-28",
      },
    });
  });

  it("a message to someone already scheduled is logged without moving them", () => {
    const outcome = afterOutreach({ ...fresh, status: "SCHEDULED" }, { kind: "FOLLOW_UP", sentAt }, project);
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.ok && outcome.changes.status).toBeUndefined();
    expect(outcome.ok && outcome.changes.nextFollowUpOn).toBeUndefined();
  });

  it("a thank-you needs an interview, and marks the person thanked", () => {
    expect(afterOutreach(fresh, { kind: "THANK_YOU", sentAt }, project)).toMatchObject({ ok: false });
    const interviewed = { ...fresh, status: "INTERVIEWED" as const, interviewedAt: new Date("2026-11-23T10:00:00Z") };
    expect(afterOutreach(interviewed, { kind: "THANK_YOU", sentAt }, project)).toEqual({
      ok: true,
      changes: { status: "THANKED", thankedAt: sentAt, lastContactedAt: sentAt, nextFollowUpOn: null },
    });
  });

  it("an update to the referrer needs a referrer and an interview, and records that they were told", () => {
    const interviewedAt = new Date("2026-11-23T10:00:00Z");
    expect(afterOutreach({ ...fresh, interviewedAt }, { kind: "REFERRER_UPDATE", sentAt }, project)).toEqual({
      ok: false,
      reason: "Nobody referred this person, so there is no one to update.",
    });
    const referred = { ...fresh, referredById: "ada" };
    expect(afterOutreach(referred, { kind: "REFERRER_UPDATE", sentAt }, project)).toMatchObject({ ok: false });
    expect(afterOutreach({ ...referred, interviewedAt }, { kind: "REFERRER_UPDATE", sentAt }, project)).toEqual({
      ok: true,
      changes: { referrerToldAt: sentAt },
    });
  });
});

describe("saving an interview", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const noThanks = { status: "CONTACTED" as const, thankedAt: null };

  it("one ahead makes the person scheduled", () => {
    expect(afterInterviewSaved(noThanks, [new Date("2026-11-25T12:00:00Z")], now)).toEqual({
      status: "SCHEDULED",
      interviewedAt: null,
      nextFollowUpOn: null,
    });
  });

  it("one that happened makes them interviewed, at the latest interview that happened", () => {
    const times = [
      new Date("2026-11-20T12:00:00Z"),
      new Date("2026-11-22T12:00:00Z"),
      new Date("2026-11-30T12:00:00Z"),
    ];
    expect(afterInterviewSaved(noThanks, times, now)).toEqual({
      status: "INTERVIEWED",
      interviewedAt: times[1],
      nextFollowUpOn: null,
    });
  });

  it("stays thanked unless a newer interview needs its own thank-you", () => {
    const thanked = { status: "THANKED" as const, thankedAt: new Date("2026-11-21T12:00:00Z") };
    expect(afterInterviewSaved(thanked, [new Date("2026-11-20T12:00:00Z")], now).status).toBe("THANKED");
    expect(afterInterviewSaved(thanked, [new Date("2026-11-22T12:00:00Z")], now).status).toBe("INTERVIEWED");
  });
});
