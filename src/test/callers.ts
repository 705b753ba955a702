import type { Session } from "next-auth";
import { createCaller } from "~/server/api/root";
import { systemClock, type Clock } from "~/server/clock";

type TestUser = { id: string; email: string; name: string | null; timeZone?: string | null };

/** A tRPC caller acting as `user`, exactly as a signed-in request would (session from the database). */
export function callerFor(user: TestUser | null, clock: Clock = systemClock) {
  const session: Session | null = user
    ? {
        user: { id: user.id, email: user.email, name: user.name, timeZone: user.timeZone ?? null },
        expires: "2099-01-01T00:00:00.000Z",
      }
    : null;
  return createCaller({ headers: new Headers(), session, clock });
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
