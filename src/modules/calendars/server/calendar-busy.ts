import type { ExistingBooking } from "~/modules/scheduling/domain/availability";
import type { TenantDb } from "~/server/db/tenant";
import { busyBlocksAround } from "./busy-blocks.repo";

/**
 * What the coach's own calendars hold around [from, to], as last read successfully, for the slot engine's
 * `calendarBusy`. The slot list and the booking check both call this, so they cannot disagree.
 */
export async function calendarBusyAround(
  db: TenantDb,
  coachProfileId: string,
  from: Date,
  to: Date,
): Promise<ExistingBooking[]> {
  const blocks = await busyBlocksAround(db, coachProfileId, from, to);
  return blocks.map((block) => ({ start: block.startAt, end: block.endAt }));
}
