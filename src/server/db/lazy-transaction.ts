import type { TenantDb } from "./tenant";

// A read procedure runs in one transaction so that row-level security's setting is made once, not once per
// query; but many reads never query (the practice's own settings come with the membership), and for them that
// transaction is three statements of nothing (BEGIN, the setting, COMMIT). Here the transaction opens on the
// first query and commits when the handler is done, so such a read costs no statement at all.

type Delegates = Record<string, Record<string, (...args: unknown[]) => unknown>>;

/** Runs `fn` with a data layer whose transaction opens on its first use and commits when `fn` settles. */
export async function withLazyTransaction<T>(db: TenantDb, fn: (tx: TenantDb) => Promise<T>): Promise<T> {
  let opened: Promise<TenantDb> | null = null;
  let ended: Promise<void> | null = null;
  let release: (() => void) | undefined;
  const open = () =>
    (opened ??= new Promise<TenantDb>((resolve, reject) => {
      ended = db.$transaction((tx) => {
        resolve(tx);
        return new Promise<void>((done) => (release = done));
      });
      // Rejects `opened` when the transaction could not begin; after it began, `ended` is awaited below.
      ended.catch(reject);
    }));

  const lazy = new Proxy(db, {
    get(target, property, receiver) {
      if (property === "practiceId") return target.practiceId;
      if (property === "$transaction") return (inner: (tx: TenantDb) => Promise<unknown>) => inner(lazy);
      if (property === "$lock" || property === "$enqueueJob") {
        return async (...args: unknown[]) => {
          const tx = (await open()) as unknown as Record<string, (...a: unknown[]) => unknown>;
          return tx[property]!(...args);
        };
      }
      const delegate = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== "string" || typeof delegate !== "object" || delegate === null) return delegate;
      return new Proxy(delegate, {
        get: (_, operation) => async (args: unknown) => {
          const tx = (await open()) as unknown as Delegates;
          return tx[property]![operation as string]!(args);
        },
      });
    },
  });

  // A query issued just as `fn` settles may still be opening the transaction: wait for it, then let it commit.
  const settle = async () => {
    if (!opened) return;
    await opened.catch(() => undefined);
    release?.();
    await (ended as Promise<void> | null);
  };
  try {
    const result = await fn(lazy);
    await settle();
    return result;
  } catch (error) {
    await settle().catch(() => undefined);
    throw error;
  }
}
