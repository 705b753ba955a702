import { describe, expect, it } from "vitest";
import { durationWords, waitingLabel, writtenAfterLabel } from "./elapsed";

const at = (iso: string) => new Date(iso);

describe("elapsed wording", () => {
  it("says how soon after the conversation a reflection was started", () => {
    const interview = at("2026-11-23T10:00:00Z");
    expect(writtenAfterLabel(interview, at("2026-11-23T10:35:40Z"))).toBe("written 35 minutes after the conversation");
    expect(writtenAfterLabel(interview, at("2026-11-23T10:00:10Z"))).toBe("written 1 minute after the conversation");
    expect(writtenAfterLabel(interview, at("2026-11-23T12:59:00Z"))).toBe("written 2 hours after the conversation");
    expect(writtenAfterLabel(interview, at("2026-11-25T11:00:00Z"))).toBe("written 2 days after the conversation");
    expect(writtenAfterLabel(interview, null)).toBeNull();
    expect(writtenAfterLabel(interview, at("2026-11-23T09:00:00Z"))).toBe(
      "started before the conversation's recorded time",
    );
  });

  it("says how long a reflection has waited", () => {
    expect(waitingLabel(at("2026-11-20T09:00:00Z"), at("2026-11-23T10:00:00Z"))).toBe("waiting 3 days");
    expect(waitingLabel(at("2026-11-23T09:00:00Z"), at("2026-11-23T10:00:00Z"))).toBe("waiting 1 hour");
    expect(durationWords(0)).toBe("1 minute");
  });
});
