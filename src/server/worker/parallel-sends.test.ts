import { describe, expect, it } from "vitest";
import { NOT_STARTED, parallelSends, SEND_FAILED } from "./parallel-sends";

// Sends that finish when the test says so, to see what runs at once and what stop() does.
function controlledSends(limit: number) {
  const started: string[] = [];
  const finish = new Map<string, (result: string) => void>();
  const sends = parallelSends({
    limit,
    send: (id) => {
      started.push(id);
      return new Promise<string>((resolve) => finish.set(id, resolve));
    },
    log: () => {},
  });
  return { sends, started, finish: (id: string) => finish.get(id)!(`sent ${id}`) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("parallel sends", () => {
  it("runs at most `limit` at once, the next one as soon as one finishes", async () => {
    const { sends, started, finish } = controlledSends(2);
    const results = ["a", "b", "c"].map((id) => sends.add(id));
    await settle();
    expect(started).toEqual(["a", "b"]);
    finish("b");
    expect(await results[1]).toBe("sent b");
    await settle();
    expect(started).toEqual(["a", "b", "c"]);
  });

  it("does not queue an id twice while it waits or sends", async () => {
    const { sends, started, finish } = controlledSends(1);
    const [first, again, waiting, waitingAgain] = [sends.add("a"), sends.add("a"), sends.add("b"), sends.add("b")];
    finish("a");
    expect(await first).toBe("sent a");
    expect(await again).toBe("sent a");
    await settle();
    finish("b");
    expect([await waiting, await waitingAgain]).toEqual(["sent b", "sent b"]);
    expect(started).toEqual(["a", "b"]);
  });

  it("on stop, drops what waits, refuses what comes, and waits for what runs", async () => {
    const { sends, started, finish } = controlledSends(1);
    const [running, waiting] = [sends.add("a"), sends.add("b")];
    await settle();
    const stopped = sends.stop(60_000);
    expect(await waiting).toBe(NOT_STARTED);
    expect(await sends.add("c")).toBe(NOT_STARTED);
    finish("a");
    expect(await stopped).toBe(true);
    expect(await running).toBe("sent a");
    expect(started).toEqual(["a"]);
  });

  it("reports a send still running past the grace", async () => {
    const { sends } = controlledSends(1);
    void sends.add("a");
    await settle();
    expect(await sends.stop(10)).toBe(false);
  });

  it("turns a failed send into a result, so one failure stops nothing else", async () => {
    const logged: string[] = [];
    const sends = parallelSends({
      limit: 1,
      send: () => Promise.reject(new Error("SMTP down")),
      log: (m) => logged.push(m),
    });
    expect(await sends.add("a")).toBe(SEND_FAILED);
    expect(logged).toEqual(["delivery failed: SMTP down"]);
  });
});
