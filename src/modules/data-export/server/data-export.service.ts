import { env } from "~/env";
import { practiceSlugInput } from "~/server/api/trpc";
import { generateToken, hashToken } from "~/lib/tokens";
import type { AuditRecord } from "~/server/audit/audit-log";
import { systemClock, type Clock } from "~/server/clock";
import type { DataExportScope } from "~/server/db/client";
import { AppError } from "~/server/errors";
import { consumeRateLimit, type RateLimitPolicy } from "~/server/http/rate-limit";
import type { JobHandler } from "~/server/jobs/jobs";
import { archiveFileName, zipArchive, type ArchiveKind, type ExportArchive } from "../domain/archive-layout";
import {
  deliveryFor,
  EXPORT_LINK_DAYS,
  exportStateAt,
  INLINE_ROW_LIMIT,
  linkExpiresAt,
  PENDING_EXPORT_GIVE_UP_HOURS,
} from "../domain/delivery";
import { exportSection } from "../domain/export-rows";
import { exportToken } from "../schemas";
import { DATA_EXPORT_BUILD } from "./data-export.jobs";
import * as repo from "./data-export.system.repo";
import type { SectionSource } from "./export-sources";
import { personSections, practicesHolding } from "./person-export.system.repo";
import { practiceSections } from "./practice-export.system.repo";

// Take your data away: a person's archive of everything held about them, an owner's of the whole
// practice. Small ones are built in the request and downloaded at once; larger ones are queued for
// the worker, which stores the zip and emails a link that only the requester, signed in, can use
// until it expires. Every request is rate-limited and audited in each practice it reads.

/** Per person, for all web servers together: an archive is a heavy read. */
export const DATA_EXPORT_REQUESTS: RateLimitPolicy = {
  name: "data-export",
  limit: 3,
  windowSeconds: 3600,
  shared: true,
};

const PERSON_LEFT_OUT = [
  "Coaches' private notes about you. Fieldnotes never shows them to clients: they are the practice's working records, and the practice answers a request for them.",
  "Sessions you host as a coach, your notes about clients and your comments on their reflections: they are about your clients, and are in the practice's own export.",
  "Secrets: sign-in, manage-link and calendar tokens, and the contents of the emails sent to you (they held sign-in links). The email log lists each email's kind, status and times.",
];

const PRACTICE_LEFT_OUT = [
  "Reflections a client kept private or has not shared yet, and coach notes their author did not share with the team: the owner does not see them in Fieldnotes either.",
  "Secrets: calendar credentials, private feed and booking-link tokens, manage-link and sign-in tokens, Stripe ids, and the contents of sent emails.",
];

interface ArchiveSpec {
  scope: DataExportScope;
  kind: ArchiveKind;
  title: string;
  /** What the email calls it: "your data", "Northstar Career Studio". */
  what: string;
  fileLabel: string;
  sources: SectionSource[];
  leftOut: string[];
}

export interface Requester {
  id: string;
  email: string;
  name: string | null;
}

const personArchive = (person: Requester): ArchiveSpec => ({
  scope: "PERSON",
  kind: "person",
  title: `${person.name ?? person.email}: your data in Fieldnotes`,
  what: "your data",
  fileLabel: person.name ?? "my data",
  sources: personSections(person),
  leftOut: PERSON_LEFT_OUT,
});

const practiceArchive = (owner: { userId: string; membershipId: string }, practice: { id: string; name: string }) => ({
  scope: "PRACTICE" as const,
  kind: "practice" as const,
  title: `${practice.name}: the practice in Fieldnotes`,
  what: practice.name,
  fileLabel: practice.name,
  sources: practiceSections({ practiceId: practice.id, ...owner }),
  leftOut: PRACTICE_LEFT_OUT,
});

async function claimRequest(userId: string, now: Date) {
  const verdict = await consumeRateLimit(DATA_EXPORT_REQUESTS, userId, now);
  if (!verdict.allowed) {
    const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `You have asked for several exports in the last hour. Use the newest one, or try again in ${minutes} minutes.`,
    );
  }
}

async function readArchive(spec: ArchiveSpec, exportedAt: Date): Promise<ExportArchive> {
  const sections = [];
  // One section at a time: a big archive should not hold most of the connection pool.
  for (const source of spec.sources) {
    sections.push(exportSection(source.name, source.title, source.select, await source.read()));
  }
  return { kind: spec.kind, exportedAt, title: spec.title, sections, leftOut: spec.leftOut };
}

export type ExportRequestOutcome =
  | { delivery: "DOWNLOAD"; fileName: string; archive: Uint8Array<ArrayBuffer> }
  | { delivery: "EMAIL"; exportId: string };

interface DeliveryOptions {
  requesterId: string;
  practiceId: string | null;
  /** Where the request is audited: every practice whose rows the archive reads. */
  auditedIn: string[];
  now: Date;
  inlineRowLimit: number;
}

async function deliver(spec: ArchiveSpec, options: DeliveryOptions): Promise<ExportRequestOutcome> {
  const counts = await Promise.all(spec.sources.map((source) => source.count()));
  const rowCount = counts.reduce((sum, count) => sum + count, 0);
  const delivery = deliveryFor(rowCount, options.inlineRowLimit);
  const audits = (target: AuditRecord["target"]): AuditRecord[] =>
    options.auditedIn.map((practiceId) => ({
      practiceId,
      actorUserId: options.requesterId,
      action: spec.scope === "PERSON" ? "dataExport.person" : "dataExport.practice",
      target,
      facts: { delivery, rowCount },
    }));
  if (delivery === "EMAIL") {
    const queued = { scope: spec.scope, requestedById: options.requesterId, practiceId: options.practiceId, rowCount };
    const row = await repo.queueExport(queued, DATA_EXPORT_BUILD, (id) => audits({ type: "DataExport", id }));
    return { delivery, exportId: row.id };
  }
  const archive = zipArchive(await readArchive(spec, options.now));
  await repo.writeAuditEvents(audits({ type: "User", id: options.requesterId }));
  return {
    delivery,
    fileName: archiveFileName(spec.fileLabel, options.now),
    archive: archive as Uint8Array<ArrayBuffer>,
  };
}

interface RequestOptions {
  now: Date;
  /** Tests lower it to send a small archive through the worker. */
  inlineRowLimit?: number;
}

/** Everything held about the person, in every practice. */
export async function requestPersonExport(
  person: Requester,
  { now, inlineRowLimit = INLINE_ROW_LIMIT }: RequestOptions,
) {
  await claimRequest(person.id, now);
  const auditedIn = await practicesHolding(person);
  return deliver(personArchive(person), { requesterId: person.id, practiceId: null, auditedIn, now, inlineRowLimit });
}

/** The whole practice, for its owner; whatever the plan's standing, since leaving must stay possible. */
export async function requestPracticeExport(
  owner: Requester,
  practiceSlug: string,
  { now, inlineRowLimit = INLINE_ROW_LIMIT }: RequestOptions,
) {
  const slug = practiceSlugInput.safeParse({ practiceSlug });
  const membership = slug.success && (await repo.findActiveMembership(owner.id, slug.data.practiceSlug));
  if (!membership) throw new AppError("NOT_FOUND", "Practice not found.");
  if (membership.role !== "OWNER") {
    throw new AppError("FORBIDDEN", "Only the practice's owner can export the whole practice. Ask them for it.");
  }
  await claimRequest(owner.id, now);
  const { practice } = membership;
  const spec = practiceArchive({ userId: owner.id, membershipId: membership.id }, practice);
  return deliver(spec, {
    requesterId: owner.id,
    practiceId: practice.id,
    auditedIn: [practice.id],
    now,
    inlineRowLimit,
  });
}

/** The worker's build of a queued export; a second run of the same job does nothing. */
export async function buildQueuedExport(exportId: string, clock: Clock) {
  const row = await repo.findPendingExport(exportId);
  if (!row) return { built: false };
  let spec: ArchiveSpec;
  if (row.scope === "PERSON") spec = personArchive(row.requestedBy);
  else {
    // Re-read now: someone who stopped being the owner since asking gets nothing.
    const membership = row.practice && (await repo.findOwnerMembership(row.requestedBy.id, row.practice.id));
    if (!row.practice || !membership) {
      await repo.giveUpExport(exportId);
      return { built: false };
    }
    spec = practiceArchive({ userId: row.requestedBy.id, membershipId: membership.id }, row.practice);
  }
  const readyAt = clock.now();
  const archive = zipArchive(await readArchive(spec, readyAt)) as Uint8Array<ArrayBuffer>;
  const token = generateToken();
  const built = await repo.completeExport(
    exportId,
    { archive, downloadTokenHash: hashToken(token), readyAt, expiresAt: linkExpiresAt(readyAt) },
    {
      template: "data-export-ready",
      to: row.requestedBy.email,
      props: {
        what: spec.what,
        downloadUrl: new URL(`/exports/${token}`, env.APP_URL).toString(),
        validDays: EXPORT_LINK_DAYS,
      },
      dedupeKey: `data-export-ready:${exportId}`,
      practiceId: row.practice?.id ?? null,
    },
  );
  return { built };
}

export type ExportDownload =
  | { found: true; fileName: string; archive: Uint8Array<ArrayBuffer> }
  | { found: false; reason: "NOT_FOUND" | "EXPIRED" };

/** The archive behind an emailed link, for the person who asked for it and nobody else. */
export async function downloadExport(viewer: { userId: string }, token: string, now: Date): Promise<ExportDownload> {
  const row = exportToken.safeParse(token).success ? await repo.findDownload(hashToken(token)) : null;
  // Another person's link is as unknown to them as a link that never existed.
  if (!row || row.requestedById !== viewer.userId) return { found: false, reason: "NOT_FOUND" };
  if (!row.archive || !row.readyAt || exportStateAt(row, now) !== "READY") return { found: false, reason: "EXPIRED" };
  await repo.markDownloaded(row.id, now);
  const label = row.scope === "PERSON" ? (row.requestedBy.name ?? "my data") : (row.practice?.name ?? "practice");
  return { found: true, fileName: archiveFileName(label, row.readyAt), archive: row.archive };
}

const listed = <Row extends { status: "PENDING" | "READY" | "EXPIRED"; expiresAt: Date | null }>(
  rows: Row[],
  now: Date,
) => rows.map((row) => ({ ...row, status: exportStateAt(row, now) }));

export const listPersonExports = async (userId: string, now: Date) => listed(await repo.listPersonExports(userId), now);

export const listPracticeExports = async (owner: { userId: string; practiceId: string }, now: Date) =>
  listed(await repo.listPracticeExports(owner.userId, owner.practiceId), now);

/** The cleanup job: deletes the archives of expired links, gives up on builds that never finished. */
export function expireDataExports(now: Date) {
  return repo.expireExports(now, new Date(now.getTime() - PENDING_EXPORT_GIVE_UP_HOURS * 3_600_000));
}

export const dataExportBuildJobHandler: JobHandler<{ exportId: string }> = {
  kind: DATA_EXPORT_BUILD,
  run: ({ exportId }) => buildQueuedExport(exportId, systemClock),
};
