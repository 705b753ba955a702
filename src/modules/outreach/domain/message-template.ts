import type { OutreachPlaceholder } from "~/modules/projects/domain/outreach-placeholders";
import { firstNameOf } from "./first-name";

// Drafting a message from one of the practice's outreach templates. The client always reads and
// edits the draft before sending it themselves, so a value we do not have is not silently
// dropped (which leaves sentences like "who works at ."): it becomes a visible [bracketed hint]
// they will notice and replace, and `missing` lets the form say so.

type AllValues = Partial<Record<OutreachPlaceholder, string | null>>;
/** What the caller knows; the first name is always read from the name, so the two cannot disagree. */
export type PlaceholderValues = Omit<AllValues, "firstName">;

const HINTS: Record<OutreachPlaceholder, string> = {
  name: "[their name]",
  firstName: "[their first name]",
  role: "[their role]",
  organisation: "[their organisation]",
  referrer: "[who suggested them]",
  client: "[your name]",
};

// Placeholders are matched whatever their case; American spelling is accepted, since coaches write both.
const KEYS = new Map<string, OutreachPlaceholder>([
  ...(Object.keys(HINTS) as OutreachPlaceholder[]).map((key) => [key.toLowerCase(), key] as const),
  ["organization", "organisation"],
]);

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

export interface Draft {
  subject: string;
  body: string;
  /** Placeholders the template used that had no value, each once, in order of appearance. */
  missing: OutreachPlaceholder[];
}

const keyOf = (written: string): OutreachPlaceholder | null => KEYS.get(written.toLowerCase()) ?? null;

/** Fills one text; unknown placeholders are left exactly as written. */
function fillPlaceholders(text: string, values: AllValues, missing: Set<OutreachPlaceholder>): string {
  return text.replace(PLACEHOLDER, (whole, written: string) => {
    const key = keyOf(written);
    if (!key) return whole;
    const value = values[key]?.trim();
    if (value) return value;
    missing.add(key);
    return HINTS[key];
  });
}

export function draftMessage(template: { subject: string; body: string }, values: PlaceholderValues): Draft {
  const missing = new Set<OutreachPlaceholder>();
  const all: AllValues = { ...values, firstName: firstNameOf(values.name ?? "") };
  const subject = fillPlaceholders(template.subject, all, missing);
  const body = fillPlaceholders(template.body, all, missing);
  return { subject, body, missing: [...missing] };
}

/**
 * A mailto: link with the subject and body; the address is left for the client's mail app (we do
 * not keep interviewees' addresses). RFC 6068 wants line breaks in a body as CRLF.
 */
export function mailtoHref(draft: { subject: string; body: string }): string {
  const body = draft.body.replace(/\r?\n/g, "\r\n");
  const params = [`subject=${encodeURIComponent(draft.subject)}`, `body=${encodeURIComponent(body)}`];
  return `mailto:?${params.join("&")}`;
}
