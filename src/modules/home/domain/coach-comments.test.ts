import { describe, expect, it } from "vitest";
import { commentsForClient } from "./coach-comments";

const since = new Date("2026-11-09T00:00:00Z");
const comment = (id: string, reflectionId: string, authorUserId: string, at: string) => ({
  id,
  reflectionId,
  authorUserId,
  createdAt: new Date(at),
});

describe("commentsForClient", () => {
  it("lists the coach's recent comments newest first, marking those the client answered afterwards", () => {
    const shown = commentsForClient(
      [
        comment("old", "r1", "coach", "2026-11-01T10:00:00Z"),
        comment("first", "r1", "coach", "2026-11-10T10:00:00Z"),
        comment("reply", "r1", "client", "2026-11-11T10:00:00Z"),
        comment("second", "r1", "coach", "2026-11-12T10:00:00Z"),
        comment("elsewhere", "r2", "another-coach", "2026-11-13T10:00:00Z"),
      ],
      "client",
      since,
    );
    expect(shown.map((c) => [c.id, c.answered])).toEqual([
      ["elsewhere", false],
      ["second", false],
      ["first", true],
    ]);
  });

  it("counts a reply only on the same reflection, and only when it came later", () => {
    const shown = commentsForClient(
      [
        comment("reply-first", "r1", "client", "2026-11-10T09:00:00Z"),
        comment("coach", "r1", "coach", "2026-11-10T10:00:00Z"),
        comment("other-thread", "r2", "client", "2026-11-12T10:00:00Z"),
      ],
      "client",
      since,
    );
    expect(shown).toEqual([expect.objectContaining({ id: "coach", answered: false })]);
  });

  it("never lists the client's own comments", () => {
    expect(commentsForClient([comment("mine", "r1", "client", "2026-11-10T10:00:00Z")], "client", since)).toEqual([]);
  });
});
