import pg from "pg";

/**
 * Runs `work` and counts the SQL statements this process sent meanwhile (through node-postgres, which the app's
 * Prisma adapter uses). Anything else querying at the same time is counted too: run it alone.
 */
export async function countSqlStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const original = pg.Client.prototype.query;
  let statements = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: Parameters<typeof original>) {
    statements++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { result: await work(), statements };
  } finally {
    pg.Client.prototype.query = original;
  }
}
