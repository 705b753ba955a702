// Writes items as they come, in as few statements as the database's pace allows: the first item is written at once
// (with whatever arrived in the same tick), and items arriving while a write is under way go together in the next
// one. Each caller's promise settles with the write that carried its item, with what that write says of it.

export function groupCommits<Item, Result>(
  write: (items: Item[]) => Promise<Result[]>,
): (item: Item) => Promise<Result> {
  let pending: Array<{ item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }> = [];
  let writing = false;

  async function drain() {
    writing = true;
    await Promise.resolve(); // let the items of the same tick join the first write
    while (pending.length > 0) {
      const group = pending;
      pending = [];
      try {
        const results = await write(group.map(({ item }) => item));
        group.forEach(({ resolve }, i) => resolve(results[i]!));
      } catch (error) {
        for (const { reject } of group) reject(error);
      }
    }
    writing = false;
  }

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      if (!writing) void drain();
    });
}
