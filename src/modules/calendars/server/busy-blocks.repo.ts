import type { TenantDb } from "~/server/db/tenant";

const DAY_MS = 86_400_000;

/**
 * The coach's calendar busy blocks that can matter to a slot in [from, to]: a day of margin each side covers any
 * buffer. Only calendars that block time hold blocks (unticking one deletes its blocks), so no join is needed.
 */
export function busyBlocksAround(db: TenantDb, coachProfileId: string, from: Date, to: Date) {
  return db.calendarBusyBlock.findMany({
    where: {
      coachProfileId,
      startAt: { lt: new Date(to.getTime() + DAY_MS) },
      endAt: { gt: new Date(from.getTime() - DAY_MS) },
    },
    select: { startAt: true, endAt: true },
  });
}
