import { createCaller } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { resolveDatabaseSession } from "~/server/auth/database-session";
import { createDatabaseSession } from "~/server/auth/session.system.repo";
import { systemClock, type Clock } from "~/server/clock";

/**
 * A tRPC caller acting as `user`, as a signed-in request would: it opens a real database session
 * at its first call and resolves it from the database on every call, at the clock's time, so a
 * revoked (deleted) or expired session is UNAUTHORIZED on the next call, as in production.
 */
export function callerFor(user: { id: string } | null, clock: Clock = systemClock) {
  if (!user) return createCaller(() => createTRPCContext({ headers: new Headers(), session: null, clock }));
  let sessionToken: Promise<string> | undefined;
  return createCaller(async () => {
    sessionToken ??= createDatabaseSession(user.id, clock.now()).then((session) => session.sessionToken);
    const session = await resolveDatabaseSession(await sessionToken, clock.now());
    return createTRPCContext({ headers: new Headers(), session, clock });
  });
}

export async function expectTRPCError(promise: Promise<unknown>, code: string) {
  try {
    await promise;
  } catch (error) {
    const actual = (error as { code?: string }).code;
    if (actual !== code) throw new Error(`Expected ${code} but got ${actual}: ${(error as Error).message}`);
    return error as Error & { code: string; cause?: unknown };
  }
  throw new Error(`Expected ${code} but the call succeeded`);
}
