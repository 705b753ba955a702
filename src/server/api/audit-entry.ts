const MAX_AUDIT_JSON = 2_000;

/** Who did what to which row: derived from the procedure path and its input. */
export function auditEntryFor(path: string, rawInput: unknown) {
  const input = rawInput && typeof rawInput === "object" ? { ...(rawInput as Record<string, unknown>) } : {};
  delete input.practiceSlug;
  const targetKey = Object.keys(input).find((key) => key.endsWith("Id") && typeof input[key] === "string");
  const json = JSON.stringify(input);
  return {
    action: path,
    targetType: targetKey ? targetKey.slice(0, -2) : null,
    targetId: targetKey ? (input[targetKey] as string) : null,
    data: json.length <= MAX_AUDIT_JSON ? (input as object) : { truncated: true },
  };
}
