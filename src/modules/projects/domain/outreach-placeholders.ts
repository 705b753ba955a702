// The placeholders a practice's outreach templates may use. They are filled in from the
// contact (and the client) when the client drafts a message; anything else in double braces
// would reach the interviewee verbatim, so templates with an unknown one are refused.

export const OUTREACH_PLACEHOLDERS = [
  { key: "name", meaning: "the contact's full name" },
  { key: "firstName", meaning: "their first name, to greet them by" },
  { key: "role", meaning: "their role or job title" },
  { key: "organisation", meaning: "where they work" },
  { key: "referrer", meaning: "who suggested them (another contact)" },
  { key: "client", meaning: "the client's own name" },
] as const;

export type OutreachPlaceholder = (typeof OUTREACH_PLACEHOLDERS)[number]["key"];

const KNOWN = new Set<string>(OUTREACH_PLACEHOLDERS.map((placeholder) => placeholder.key));
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Placeholders in `text` that are not on the list, as written (without braces), each once. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) if (!KNOWN.has(match[1]!)) unknown.add(match[1]!);
  return [...unknown];
}

export const unknownPlaceholderMessage = (unknown: readonly string[]) =>
  `${unknown.map((key) => `{{${key}}}`).join(", ")} ${unknown.length === 1 ? "isn't a placeholder" : "aren't placeholders"} we can fill in. Use ${OUTREACH_PLACEHOLDERS.map((p) => `{{${p.key}}}`).join(", ")}.`;
