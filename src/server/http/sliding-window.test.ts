import { describe, expect, it } from "vitest";
import { slidingWindowVerdict, windowPosition } from "./sliding-window";

const window = { limit: 5, windowSeconds: 60 };
const windowMs = window.windowSeconds * 1000;

/**
 * The verdict on one more request `laterMs` after a refused one (given back, so the counts stand),
 * counting from the start of the refused request's window.
 */
function retryAt(counts: { current: number; previous: number }, laterMs: number) {
  if (laterMs < windowMs) return slidingWindowVerdict(window, counts, laterMs);
  const windowsLater = Math.floor(laterMs / windowMs);
  const previous = windowsLater === 1 ? counts.current - 1 : 0;
  return slidingWindowVerdict(window, { current: 1, previous }, laterMs - windowsLater * windowMs);
}

describe("the sliding window's verdict", () => {
  it("names the first whole second at which a retry passes", () => {
    let refusals = 0;
    // Every reachable state: at most `limit` allowed before, and this request on top of at most `limit` allowed.
    for (let previous = 0; previous <= window.limit; previous++) {
      for (let current = 1; current <= window.limit + 1; current++) {
        for (let elapsedMs = 0; elapsedMs < windowMs; elapsedMs += 3_700) {
          const verdict = slidingWindowVerdict(window, { current, previous }, elapsedMs);
          if (verdict.allowed) continue;
          refusals++;
          const waitMs = verdict.retryAfterSeconds * 1000;
          expect(retryAt({ current, previous }, elapsedMs + waitMs).allowed).toBe(true);
          if (verdict.retryAfterSeconds > 1) {
            expect(retryAt({ current, previous }, elapsedMs + waitMs - 1000).allowed).toBe(false);
          }
        }
      }
    }
    expect(refusals).toBeGreaterThan(0);
  });

  it("weighs the previous window by how much of it is still inside the last windowSeconds", () => {
    const full = { current: 1, previous: window.limit };
    expect(slidingWindowVerdict(window, full, 0).allowed).toBe(false);
    expect(slidingWindowVerdict(window, full, windowMs / window.limit).allowed).toBe(true);
  });

  it("places an instant in its window", () => {
    const at = new Date(Date.UTC(2026, 10, 23, 8, 0, 30));
    const { index, elapsedMs } = windowPosition(window, at);
    expect(index * windowMs + elapsedMs).toBe(at.getTime());
    expect(elapsedMs).toBe(30_000);
  });
});
