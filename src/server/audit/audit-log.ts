import { isSingleLineText } from "~/lib/input-text";
import type { Prisma } from "~/server/db/client";

// The one writer of audit rows. An audit event says who did what to which row, never what they
// wrote: inputs carry people's words (reflections, outreach messages, notes about interviewees
// who never agreed to be stored, a booker's answers), and those must disappear when their row is
// deleted. So whoever writes — a procedure, a public booking, a Stripe webhook, an invitation —
// only ids, numbers, booleans, instants and enum-like codes are kept; any other fact is listed
// by name without its value.

const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;
// Facts may come from a request not parsed yet (zod strips unknown keys later), so a key or value
// PostgreSQL's jsonb cannot hold (a NUL byte, a lone surrogate) must not get as far as the row.
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const MAX_ID_LENGTH = 64;

const isIdValue = (value: unknown): value is string =>
  typeof value === "string" && value.length <= MAX_ID_LENGTH && isSingleLineText(value);

/** Whether a fact's key may be stored at all (not even its name is kept otherwise). */
export const isAuditFieldName = (key: string) => FIELD_NAME.test(key);

/** Whether a fact's value is kept: a number, boolean, null, instant, code, or an id under a `…Id` key. */
export function isKeptAuditValue(key: string, value: unknown): boolean {
  if (typeof value === "number" || typeof value === "boolean" || value === null) return true;
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (typeof value !== "string" || !isSingleLineText(value)) return false;
  return (key.endsWith("Id") && isIdValue(value)) || CODE.test(value);
}

export interface AuditRecord {
  practiceId: string;
  /** Null when no person acted: a webhook, a booker with no account. */
  actorUserId: string | null;
  /** A procedure path or `<module>.<verb>`. */
  action: string;
  target: { type: string; id: string } | null;
  /** What the change was about; only values `isKeptAuditValue` allows are stored. */
  facts: Record<string, unknown>;
}

/** The row `writeAuditEvent` stores for `record`. */
export function auditRow(record: AuditRecord): Prisma.AuditEventUncheckedCreateInput {
  const kept: Record<string, string | number | boolean | null> = {};
  const otherFields: string[] = [];
  for (const [key, value] of Object.entries(record.facts)) {
    if (value === undefined || !isAuditFieldName(key)) continue;
    if (!isKeptAuditValue(key, value)) otherFields.push(key);
    else kept[key] = value instanceof Date ? value.toISOString() : (value as string | number | boolean | null);
  }
  const target = record.target && isIdValue(record.target.id) ? record.target : null;
  return {
    practiceId: record.practiceId,
    actorUserId: record.actorUserId,
    action: record.action,
    targetType: target?.type ?? null,
    targetId: target?.id ?? null,
    data: otherFields.length > 0 ? { ...kept, fields: otherFields } : kept,
  };
}

/** The slice of a client audit rows are written through: a practice's data layer, a transaction, the global client. */
export interface AuditDb {
  auditEvent: { create(args: { data: Prisma.AuditEventUncheckedCreateInput }): Promise<unknown> };
}

/** Writes the audit row, in the caller's transaction when `db` is one. */
export async function writeAuditEvent(db: AuditDb, record: AuditRecord): Promise<void> {
  await db.auditEvent.create({ data: auditRow(record) });
}
