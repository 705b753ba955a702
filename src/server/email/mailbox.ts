import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Reads the folder the development mail catcher (scripts/lib/mail-catcher.ts) writes to:
// one JSON file per message, named `<id>.json`. Plain fs + JSON, so Next.js can bundle it.

export interface CapturedMail {
  id: string;
  /** ISO timestamp of when the catcher received the message. */
  receivedAt: string;
  from: string;
  /** Lower-case addresses from the To header. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Simple string headers, keys lower-case (e.g. "list-unsubscribe"). */
  headers: Record<string, string>;
  /** Text attachments and alternatives, e.g. the `text/calendar` invite of a booking email. */
  attachments?: { filename?: string; contentType: string; content: string }[];
}

const ID_PATTERN = /^[\w.-]+$/;

function isCapturedMail(value: unknown): value is CapturedMail {
  if (!value || typeof value !== "object") return false;
  const mail = value as Record<string, unknown>;
  return (
    typeof mail.id === "string" &&
    typeof mail.receivedAt === "string" &&
    typeof mail.subject === "string" &&
    typeof mail.text === "string" &&
    typeof mail.html === "string" &&
    Array.isArray(mail.to)
  );
}

function readMailFile(file: string): CapturedMail | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    return isCapturedMail(parsed) ? parsed : undefined;
  } catch {
    return undefined; // missing, half-written or not ours
  }
}

/** Every captured message, newest first. A missing folder is an empty mailbox. */
export function readMailbox(dir: string): CapturedMail[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith(".json") && ID_PATTERN.test(name))
    .map((name) => readMailFile(path.join(dir, name)))
    .filter((mail): mail is CapturedMail => mail !== undefined)
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.id.localeCompare(a.id));
}

/** One message by id; undefined for unknown or malformed ids (never leaves `dir`). */
export function findMail(dir: string, id: string): CapturedMail | undefined {
  if (!ID_PATTERN.test(id) || id.startsWith(".")) return undefined;
  return readMailFile(path.join(dir, `${id}.json`));
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"'()[\]]+/g;
const HREF_IN_HTML = /href\s*=\s*"(https?:\/\/[^"]+)"/gi;

const trimPunctuation = (url: string) => url.replace(/[.,;:!?]+$/, "");
const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

/**
 * The first http(s) URL in the message whose path starts with `pathPrefix`
 * (e.g. "/api/auth/callback/"). Looks in the text part, then in the HTML links.
 */
export function firstLink(mail: CapturedMail, pathPrefix: string): string | undefined {
  const candidates = [
    ...Array.from(mail.text.matchAll(URL_IN_TEXT), (match) => trimPunctuation(match[0])),
    ...Array.from(mail.html.matchAll(HREF_IN_HTML), (match) => decodeEntities(match[1] ?? "")),
  ];
  return candidates.find((candidate) => {
    try {
      return new URL(candidate).pathname.startsWith(pathPrefix);
    } catch {
      return false;
    }
  });
}
