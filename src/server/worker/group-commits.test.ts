import { describe, expect, it } from "vitest";
import { groupCommits } from "./group-commits";

// A write that finishes when the test says so, to see which items travel together.
function controlledWrites() {
  const writes: string[][] = [];
  const finish: Array<(error?: Error) => void> = [];
  const record = groupCommits(
    (items: string[]) =>
      new Promise<string[]>((resolve, reject) => {
        writes.push(items);
        finish.push((error) => (error ? reject(error) : resolve(items.map((item) => `wrote ${item}`))));
      }),
  );
  return { record, writes, finish: (n: number, error?: Error) => finish[n]!(error) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("group commits", () => {
  it("writes the items of one tick together, and those arriving meanwhile in the next write", async () => {
    const { record, writes, finish } = controlledWrites();
    const first = [record("a"), record("b")];
    await settle();
    const later = [record("c"), record("d")];
    await settle();
    expect(writes).toEqual([["a", "b"]]);
    finish(0);
    expect(await Promise.all(first)).toEqual(["wrote a", "wrote b"]);
    await settle();
    expect(writes).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    finish(1);
    expect(await Promise.all(later)).toEqual(["wrote c", "wrote d"]);
  });

  it("fails only the callers whose write failed, and goes on with the next", async () => {
    const { record, writes, finish } = controlledWrites();
    const failing = record("a");
    await settle();
    const next = record("b");
    finish(0, new Error("database gone"));
    await expect(failing).rejects.toThrow("database gone");
    await settle();
    finish(1);
    expect(await next).toBe("wrote b");
    expect(writes).toEqual([["a"], ["b"]]);
  });
});
