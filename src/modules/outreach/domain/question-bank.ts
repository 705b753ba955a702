/** A stored question list (JSON `string[]` on a project or an interview), tolerating anything else as empty. */
export function questionsOf(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((question): question is string => typeof question === "string") : [];
}
