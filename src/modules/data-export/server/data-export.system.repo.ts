import { writeAuditEvent, type AuditRecord } from "~/server/audit/audit-log";
import { prisma, type DataExportScope } from "~/server/db/client";
import { enqueueEmail, type QueuedEmail } from "~/server/email/outbox";
import { jobQueueOf, type JobKind } from "~/server/jobs/jobs";

// The DataExport rows, reached only through their requester (a person's archive belongs to no
// practice, so there is no tenant layer to go through), and the audit rows an export writes.

export interface QueuedExport {
  scope: DataExportScope;
  requestedById: string;
  practiceId: string | null;
  rowCount: number;
}

/** The row, its build job and its audit rows, in one transaction. */
export async function queueExport(
  queued: QueuedExport,
  job: JobKind<{ exportId: string }>,
  audits: (exportId: string) => AuditRecord[],
) {
  return prisma.$transaction(async (tx) => {
    const row = await tx.dataExport.create({
      data: {
        scope: queued.scope,
        requestedById: queued.requestedById,
        practiceId: queued.practiceId,
        rowCount: queued.rowCount,
      },
      select: { id: true },
    });
    await jobQueueOf(tx).$enqueueJob(job, { exportId: row.id });
    for (const audit of audits(row.id)) await writeAuditEvent(tx, audit);
    return row;
  });
}

export async function writeAuditEvents(audits: AuditRecord[]) {
  await prisma.$transaction(async (tx) => {
    for (const audit of audits) await writeAuditEvent(tx, audit);
  });
}

export const findPendingExport = (id: string) =>
  prisma.dataExport.findFirst({
    where: { id, status: "PENDING" },
    select: {
      id: true,
      scope: true,
      createdAt: true,
      requestedBy: { select: { id: true, email: true, name: true } },
      practice: { select: { id: true, name: true } },
    },
  });

/** The requester's active OWNER membership of the practice, or null: re-read when the worker builds. */
export const findOwnerMembership = (userId: string, practiceId: string) =>
  prisma.membership.findFirst({
    where: { userId, practiceId, role: "OWNER", removedAt: null },
    select: { id: true },
  });

export interface BuiltArchive {
  archive: Uint8Array<ArrayBuffer>;
  downloadTokenHash: string;
  readyAt: Date;
  expiresAt: Date;
}

/** Stores the archive and queues its email, once: a second run of the same job finds the row no longer PENDING. */
export async function completeExport(id: string, built: BuiltArchive, email: QueuedEmail<"data-export-ready">) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.dataExport.updateMany({
      where: { id, status: "PENDING" },
      data: {
        status: "READY",
        archive: built.archive,
        byteSize: built.archive.byteLength,
        downloadTokenHash: built.downloadTokenHash,
        readyAt: built.readyAt,
        expiresAt: built.expiresAt,
      },
    });
    if (count === 1) await enqueueEmail(tx, email);
    return count === 1;
  });
}

/** A queued export that can no longer be built for its requester (no longer the owner). */
export const giveUpExport = (id: string) =>
  prisma.dataExport.updateMany({ where: { id, status: "PENDING" }, data: { status: "EXPIRED" } });

export const findDownload = (downloadTokenHash: string) =>
  prisma.dataExport.findUnique({
    where: { downloadTokenHash },
    select: {
      id: true,
      requestedById: true,
      status: true,
      expiresAt: true,
      archive: true,
      readyAt: true,
      scope: true,
      practice: { select: { name: true } },
      requestedBy: { select: { name: true, email: true } },
    },
  });

export const markDownloaded = (id: string, at: Date) =>
  prisma.dataExport.update({ where: { id }, data: { lastDownloadedAt: at }, select: { id: true } });

const LISTED = {
  id: true,
  scope: true,
  status: true,
  rowCount: true,
  byteSize: true,
  createdAt: true,
  readyAt: true,
  expiresAt: true,
  lastDownloadedAt: true,
} as const;

const RECENT = 10;

export const listPersonExports = (requestedById: string) =>
  prisma.dataExport.findMany({
    where: { requestedById, scope: "PERSON" },
    select: LISTED,
    orderBy: { createdAt: "desc" },
    take: RECENT,
  });

export const listPracticeExports = (requestedById: string, practiceId: string) =>
  prisma.dataExport.findMany({
    where: { requestedById, practiceId, scope: "PRACTICE" },
    select: LISTED,
    orderBy: { createdAt: "desc" },
    take: RECENT,
  });

/** Deletes the archives whose links ran out and gives up on exports never built; the rows stay, EXPIRED. */
export async function expireExports(now: Date, pendingBefore: Date) {
  const [ready, pending] = await prisma.$transaction([
    prisma.dataExport.updateMany({
      where: { status: "READY", expiresAt: { lte: now } },
      data: { status: "EXPIRED", archive: null },
    }),
    prisma.dataExport.updateMany({
      where: { status: "PENDING", createdAt: { lt: pendingBefore } },
      data: { status: "EXPIRED" },
    }),
  ]);
  return { expired: ready.count, abandoned: pending.count };
}

/** The caller's active membership of the practice with this slug (the one tenancy lookup), or null. */
export { findActiveMembership } from "~/server/db/tenant";
