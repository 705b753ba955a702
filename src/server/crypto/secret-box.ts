import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "~/env";

// Calendar passwords and OAuth tokens sealed at rest with AES-256-GCM. The sealed form names the
// key that sealed it, so keys can rotate: the first key in CALENDAR_ENCRYPTION_KEYS seals, every
// listed key opens, and needsResealing() finds what an older key still holds.

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

interface SealingKey {
  id: string;
  key: Buffer;
}

const configError = (detail: string) =>
  new Error(
    `CALENDAR_ENCRYPTION_KEYS is not usable: ${detail}. ` +
      "Set it to id:base64-of-32-bytes entries, comma-separated, newest first (e.g. k1:$(openssl rand -base64 32)).",
  );

function parseKeys(config: string): SealingKey[] {
  const entries = config
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw configError("it lists no key");
  const keys = entries.map((entry, index): SealingKey => {
    const separator = entry.indexOf(":");
    const id = separator < 0 ? "" : entry.slice(0, separator);
    const encoded = entry.slice(separator + 1);
    if (!KEY_ID.test(id)) throw configError(`entry ${index + 1} needs an id of letters, digits, - or _ before ":"`);
    const key = Buffer.from(encoded, "base64");
    if (!BASE64.test(encoded) || key.length !== KEY_BYTES) {
      throw configError(`key "${id}" must be base64 of exactly ${KEY_BYTES} bytes (it decodes to ${key.length})`);
    }
    return { id, key };
  });
  const ids = new Set(keys.map((key) => key.id));
  if (ids.size !== keys.length) throw configError("two keys share an id");
  return keys;
}

// Binding the version and key id into the tag means a sealed value relabelled with another key id
// fails authentication instead of being tried under the wrong key.
const additionalData = (keyId: string) => Buffer.from(`${VERSION}.${keyId}`);

export function sealSecret(plaintext: string, keys: string = env.CALENDAR_ENCRYPTION_KEYS): string {
  const { id, key } = parseKeys(keys)[0]!;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(additionalData(id));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url"));
  return [VERSION, id, ...parts].join(".");
}

const unreadable = (why: string) => new Error(`A sealed calendar secret cannot be opened: ${why}.`);

// Node's decoder skips characters it does not know; only the canonical spelling is accepted so
// that changing any character of the sealed text is noticed.
function decodePart(text: string, name: string, length?: number): Buffer {
  const bytes = Buffer.from(text, "base64url");
  if (bytes.toString("base64url") !== text || (length !== undefined && bytes.length !== length)) {
    throw unreadable(`its ${name} is malformed`);
  }
  return bytes;
}

function parseSealed(sealed: string) {
  const parts = sealed.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) throw unreadable(`it is not in the ${VERSION} format`);
  const [, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
  return { keyId, iv, tag, ciphertext };
}

export function openSecret(sealed: string, keys: string = env.CALENDAR_ENCRYPTION_KEYS): string {
  const parsed = parseSealed(sealed);
  const key = parseKeys(keys).find((candidate) => candidate.id === parsed.keyId);
  if (!key) {
    throw unreadable(`it was sealed with key "${parsed.keyId}", which CALENDAR_ENCRYPTION_KEYS no longer lists`);
  }
  const decipher = createDecipheriv("aes-256-gcm", key.key, decodePart(parsed.iv, "IV", IV_BYTES))
    .setAAD(additionalData(key.id))
    .setAuthTag(decodePart(parsed.tag, "tag", TAG_BYTES));
  const ciphertext = decodePart(parsed.ciphertext, "ciphertext");
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    throw unreadable("it was altered, or the key with its id has changed");
  }
}

export function needsResealing(sealed: string, keys: string = env.CALENDAR_ENCRYPTION_KEYS): boolean {
  return parseSealed(sealed).keyId !== parseKeys(keys)[0]!.id;
}

/**
 * Re-seals each stored secret that an older key sealed: `write(id, from, to)` stores `to` only where the row still holds
 * `from` (so a value written meanwhile wins), as an `updateMany` does. Returns how many rows were re-sealed.
 */
export async function resealStored(
  rows: ReadonlyArray<{ id: string; sealed: string }>,
  write: (id: string, from: string, to: string) => Promise<{ count: number }>,
  keys: string = env.CALENDAR_ENCRYPTION_KEYS,
): Promise<number> {
  let resealed = 0;
  for (const { id, sealed } of rows) {
    if (needsResealing(sealed, keys))
      resealed += (await write(id, sealed, sealSecret(openSecret(sealed, keys), keys))).count;
  }
  return resealed;
}
