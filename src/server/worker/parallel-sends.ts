// The worker's sends, a bounded number at a time. Every path that wakes the worker (NOTIFY, a
// retry job, a sweep) hands in ids; an id already waiting or sending is not queued twice, and an
// id is claimed only when its turn comes (the delivery claims, then sends), so what waits here
// holds no lease: on stop it is simply dropped and stays due for any other worker.

/** What a send resolves to when the queue stopped before its turn came. */
export const NOT_STARTED = "not-started";
/** What a send resolves to when the delivery threw (it is logged). */
export const SEND_FAILED = "failed";

export interface ParallelSends {
  /** Resolves with the delivery's result, NOT_STARTED or SEND_FAILED; never rejects. */
  add(id: string): Promise<string>;
  /**
   * Takes no more ids, drops those still waiting, and waits up to `graceMs` for the sends under
   * way; resolves true when they all finished, false when some were still going.
   */
  stop(graceMs: number): Promise<boolean>;
}

export function parallelSends(options: {
  limit: number;
  send: (id: string) => Promise<string>;
  log: (message: string) => void;
}): ParallelSends {
  const waiting = new Map<string, (result: string) => void>();
  const queued = new Map<string, Promise<string>>();
  const running = new Set<Promise<unknown>>();
  let stopped = false;

  const startNext = () => {
    while (!stopped && running.size < options.limit && waiting.size > 0) {
      const [id, resolve] = waiting.entries().next().value!;
      waiting.delete(id);
      const run = options
        .send(id)
        .catch((error: unknown) => {
          options.log(`delivery failed: ${error instanceof Error ? error.message : String(error)}`);
          return SEND_FAILED;
        })
        .then((result) => {
          running.delete(run);
          queued.delete(id);
          resolve(result);
          startNext();
        });
      running.add(run);
    }
  };

  return {
    add(id) {
      if (stopped) return Promise.resolve(NOT_STARTED);
      const already = queued.get(id);
      if (already) return already;
      const result = new Promise<string>((resolve) => waiting.set(id, resolve));
      queued.set(id, result);
      startNext();
      return result;
    },
    async stop(graceMs) {
      stopped = true;
      for (const resolve of waiting.values()) resolve(NOT_STARTED);
      waiting.clear();
      let timer: NodeJS.Timeout | undefined;
      const overran = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
      const finished = Promise.allSettled([...running]).then(() => true as const);
      try {
        return await Promise.race([finished, overran]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
