import { describe, expect, it } from "vitest";
import { allowedMoves, canMove, CONTACT_STATUSES, displayedStatus, moveRefusal, type ContactStatus } from "./pipeline";

// Every (from, to) pair and its verdict, written out so that adding or dropping a single move
// fails here: ✓ the client may make that move by hand, · refused. "Interviewed" is reached only
// by recording an interview, and "Thanked" only from it.
const MOVES = `
                  IDE  CON  FUD  SCH  INT  THA  DEC  NOR
  IDENTIFIED       ·    ✓    ·    ·    ·    ·    ✓    ·
  CONTACTED        ·    ·    ✓    ✓    ·    ·    ✓    ✓
  FOLLOW_UP_DUE    ·    ✓    ·    ✓    ·    ·    ✓    ✓
  SCHEDULED        ·    ✓    ·    ·    ·    ·    ✓    ·
  INTERVIEWED      ·    ·    ·    ·    ·    ✓    ·    ·
  THANKED          ·    ·    ·    ·    ·    ·    ·    ·
  DECLINED         ·    ✓    ·    ✓    ·    ·    ·    ·
  NO_REPLY         ·    ✓    ·    ✓    ·    ·    ✓    ·
`;
const COLUMNS: Record<string, ContactStatus> = {
  IDE: "IDENTIFIED",
  CON: "CONTACTED",
  FUD: "FOLLOW_UP_DUE",
  SCH: "SCHEDULED",
  INT: "INTERVIEWED",
  THA: "THANKED",
  DEC: "DECLINED",
  NOR: "NO_REPLY",
};

function expectedMoves() {
  const [header, ...rows] = MOVES.trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/));
  const columns = header!.map((abbreviation) => COLUMNS[abbreviation]!);
  return rows.flatMap(([from, ...verdicts]) =>
    verdicts.map((verdict, index) => ({ from: from as ContactStatus, to: columns[index]!, allowed: verdict === "✓" })),
  );
}

describe("pipeline moves", () => {
  const table = expectedMoves();

  it("has a verdict for every (from, to) pair, once", () => {
    const pairs = table.map(({ from, to }) => `${from}→${to}`);
    expect(new Set(pairs).size).toBe(CONTACT_STATUSES.length ** 2);
    expect(pairs.sort()).toEqual(
      CONTACT_STATUSES.flatMap((from) => CONTACT_STATUSES.map((to) => `${from}→${to}`)).sort(),
    );
  });

  it("allows exactly the moves in the table", () => {
    const disagreements = table.filter(({ from, to, allowed }) => canMove(from, to) !== allowed);
    expect(disagreements).toEqual([]);
    for (const from of CONTACT_STATUSES) {
      const allowed = table.filter((move) => move.from === from && move.allowed).map((move) => move.to);
      expect([...allowedMoves(from)].sort(), from).toEqual(allowed.sort());
    }
  });

  it("says why a move is refused", () => {
    expect(moveRefusal("SCHEDULED", "INTERVIEWED")).toMatch(/Record the interview/);
    expect(moveRefusal("SCHEDULED", "THANKED")).toBe("A contact who is “Scheduled” can't be moved to “Thanked”.");
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
