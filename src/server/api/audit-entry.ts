import { isSingleLineText } from "~/lib/input-text";

// An audit event says who did what to which row, never what they wrote: inputs carry people's
// words (reflections, outreach messages, notes about interviewees who never agreed to be stored),
// and those must disappear when their row is deleted. So only ids, numbers, booleans and
// enum-like codes are kept; any other field is listed by name.
const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;
// The raw input is not parsed yet (zod strips unknown keys later), so a key or value PostgreSQL's
// jsonb cannot hold (a NUL byte, a lone surrogate) must not get as far as the audit row.
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

function isKeptValue(key: string, value: unknown): boolean {
  if (typeof value === "number" || typeof value === "boolean" || value === null) return true;
  if (typeof value !== "string" || !isSingleLineText(value)) return false;
  return (key.endsWith("Id") && value.length <= 64) || CODE.test(value);
}

/** Who did what to which row: derived from the procedure path and its input. */
export function auditEntryFor(path: string, rawInput: unknown) {
  const input = rawInput && typeof rawInput === "object" ? { ...(rawInput as Record<string, unknown>) } : {};
  delete input.practiceSlug;
  for (const key of Object.keys(input)) if (!FIELD_NAME.test(key)) delete input[key];
  const targetKey = Object.keys(input).find((key) => key.endsWith("Id") && isKeptValue(key, input[key]));
  const kept: Record<string, string | number | boolean | null> = {};
  const otherFields: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (isKeptValue(key, value)) kept[key] = value as string | number | boolean | null;
    else otherFields.push(key);
  }
  return {
    action: path,
    targetType: targetKey ? targetKey.slice(0, -2) : null,
    targetId: targetKey ? (input[targetKey] as string) : null,
    data: otherFields.length > 0 ? { ...kept, fields: otherFields } : kept,
  };
}
