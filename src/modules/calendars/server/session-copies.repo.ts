import type { TenantDb } from "~/server/db/tenant";

export function saveCopy(
  db: TenantDb,
  copy: { bookingId: string; sourceId: string; remoteRef: string; etag: string | null },
) {
  return db.calendarSessionCopy.upsert({
    where: { bookingId_sourceId: { bookingId: copy.bookingId, sourceId: copy.sourceId } },
    create: {
      practiceId: db.practiceId,
      bookingId: copy.bookingId,
      sourceId: copy.sourceId,
      remoteRef: copy.remoteRef,
      etag: copy.etag,
    },
    update: { remoteRef: copy.remoteRef, etag: copy.etag },
  });
}

export function deleteCopy(db: TenantDb, copyId: string) {
  return db.calendarSessionCopy.delete({ where: { id: copyId } });
}
