import { describe, expect, it } from "vitest";
import { allowedMoves, canMove, CONTACT_STATUSES, displayedStatus, moveRefusal } from "./pipeline";

describe("pipeline moves", () => {
  it("follows the pipeline forward and allows declined / no reply while asking", () => {
    expect(canMove("IDENTIFIED", "CONTACTED")).toBe(true);
    expect(canMove("CONTACTED", "FOLLOW_UP_DUE")).toBe(true);
    expect(canMove("FOLLOW_UP_DUE", "SCHEDULED")).toBe(true);
    expect(canMove("CONTACTED", "NO_REPLY")).toBe(true);
    expect(canMove("CONTACTED", "DECLINED")).toBe(true);
    expect(canMove("INTERVIEWED", "THANKED")).toBe(true);
  });

  it("lets someone who declined or never replied come back", () => {
    expect(canMove("DECLINED", "SCHEDULED")).toBe(true);
    expect(canMove("NO_REPLY", "CONTACTED")).toBe(true);
  });

  it("reaches interviewed only by recording an interview, and never goes back to identified", () => {
    for (const from of CONTACT_STATUSES) {
      expect(canMove(from, "INTERVIEWED")).toBe(false);
      expect(canMove(from, "IDENTIFIED")).toBe(false);
    }
    expect(moveRefusal("SCHEDULED", "INTERVIEWED")).toMatch(/Record the interview/);
  });

  it("has no moves out of thanked and never a move to the same status", () => {
    expect(allowedMoves("THANKED")).toEqual([]);
    for (const status of CONTACT_STATUSES) expect(canMove(status, status)).toBe(false);
    expect(moveRefusal("THANKED", "DECLINED")).toBe("A contact who is “Thanked” can't be moved to “Declined”.");
  });
});

describe("the status shown", () => {
  it("reads follow-up due once a contacted person's follow-up date arrives", () => {
    const contacted = { status: "CONTACTED" as const, nextFollowUpOn: "2026-11-23" };
    expect(displayedStatus(contacted, "2026-11-22")).toBe("CONTACTED");
    expect(displayedStatus(contacted, "2026-11-23")).toBe("FOLLOW_UP_DUE");
    expect(displayedStatus({ status: "SCHEDULED", nextFollowUpOn: "2026-11-01" }, "2026-11-23")).toBe("SCHEDULED");
    expect(displayedStatus({ status: "CONTACTED", nextFollowUpOn: null }, "2026-11-23")).toBe("CONTACTED");
  });
});
