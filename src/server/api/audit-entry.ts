import { isAuditFieldName, isKeptAuditValue, type AuditRecord } from "~/server/audit/audit-log";

/**
 * What a practice mutation's audit row says: the procedure path, the first `…Id` of its input
 * as the target, and the input (minus the slug) as facts, which the audit writer reduces to
 * what it may keep.
 */
export function auditEntryFor(path: string, rawInput: unknown): Pick<AuditRecord, "action" | "target" | "facts"> {
  const input = rawInput && typeof rawInput === "object" ? { ...(rawInput as Record<string, unknown>) } : {};
  delete input.practiceSlug;
  const targetKey = Object.keys(input).find(
    (key) => isAuditFieldName(key) && key.endsWith("Id") && isKeptAuditValue(key, input[key]),
  );
  return {
    action: path,
    target: targetKey ? { type: targetKey.slice(0, -2), id: input[targetKey] as string } : null,
    facts: input,
  };
}
