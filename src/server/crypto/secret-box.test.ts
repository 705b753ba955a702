import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { needsResealing, openSecret, sealSecret } from "./secret-box";

const newKey = () => randomBytes(32).toString("base64");
const OLD = `old:${newKey()}`;
const NEW = `new:${newKey()}`;

/** Replaces one character of part `index` of the sealed text with a different one. */
function alterPart(sealed: string, index: number): string {
  const parts = sealed.split(".");
  const part = parts[index]!;
  const position = Math.floor(part.length / 2);
  const replacement = part[position] === "A" ? "B" : "A";
  parts[index] = part.slice(0, position) + replacement + part.slice(position + 1);
  return parts.join(".");
}

describe("sealSecret / openSecret", () => {
  it("opens what it sealed, whatever the text", () => {
    for (const secret of ["app-password-1234", "", "ünïcødé 🗓️ token", "x".repeat(5000)]) {
      expect(openSecret(sealSecret(secret, NEW), NEW)).toBe(secret);
    }
  });

  it("names the key and hides the plaintext, with a fresh IV each time", () => {
    const first = sealSecret("refresh-token", NEW);
    const second = sealSecret("refresh-token", NEW);
    expect(first).toMatch(/^v1\.new\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(first).not.toContain(Buffer.from("refresh-token").toString("base64url"));
    expect(first.split(".")[2]).not.toBe(second.split(".")[2]);
  });

  it.each([
    ["version", 0],
    ["IV", 2],
    ["tag", 3],
    ["ciphertext", 4],
  ])("refuses a sealed secret whose %s was changed", (_name, index) => {
    const sealed = sealSecret("a calendar password", NEW);
    expect(() => openSecret(alterPart(sealed, index), NEW)).toThrow(/cannot be opened/);
  });

  it("refuses a tag spelt differently even where the spelling decodes to the same bytes", () => {
    const sealed = sealSecret("a calendar password", NEW);
    const parts = sealed.split(".");
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const tag = parts[3]!;
    // 16 bytes take 22 characters; the last one's low bits carry nothing.
    parts[3] = tag.slice(0, -1) + alphabet[alphabet.indexOf(tag.at(-1)!) ^ 1];
    expect(Buffer.from(parts[3], "base64url")).toEqual(Buffer.from(tag, "base64url"));
    expect(() => openSecret(parts.join("."), NEW)).toThrow(/tag is malformed/);
  });

  it("refuses a sealed secret that was truncated or extended", () => {
    const sealed = sealSecret("a calendar password", NEW);
    expect(() => openSecret(sealed.slice(0, -2), NEW)).toThrow(/cannot be opened/);
    expect(() => openSecret(`${sealed}.extra`, NEW)).toThrow(/cannot be opened/);
  });

  it("refuses a sealed secret relabelled with another listed key's id, even one with the same bytes", () => {
    const bytes = newKey();
    const keys = `a:${bytes},b:${bytes}`;
    const relabelled = sealSecret("token", keys).replace(/^v1\.a\./, "v1.b.");
    expect(() => openSecret(relabelled, keys)).toThrow(/altered/);
  });

  it("says which key is missing when the sealing key is no longer listed", () => {
    const sealed = sealSecret("token", OLD);
    expect(() => openSecret(sealed, NEW)).toThrow(/key "old", which CALENDAR_ENCRYPTION_KEYS no longer lists/);
  });

  it("refuses a key that has the right id but different bytes", () => {
    const sealed = sealSecret("token", NEW);
    expect(() => openSecret(sealed, `new:${newKey()}`)).toThrow(/altered, or the key with its id has changed/);
  });
});

describe("key rotation", () => {
  it("opens old secrets with the old key listed second, then reseals them with the new one", () => {
    const sealedWithOld = sealSecret("refresh-token", OLD);
    const rotated = `${NEW},${OLD}`;
    expect(needsResealing(sealedWithOld, OLD)).toBe(false);
    expect(needsResealing(sealedWithOld, rotated)).toBe(true);
    expect(openSecret(sealedWithOld, rotated)).toBe("refresh-token");

    const resealed = sealSecret(openSecret(sealedWithOld, rotated), rotated);
    expect(resealed.startsWith("v1.new.")).toBe(true);
    expect(needsResealing(resealed, rotated)).toBe(false);
    // Once everything is resealed, the old key can go.
    expect(openSecret(resealed, NEW)).toBe("refresh-token");
  });
});

describe("CALENDAR_ENCRYPTION_KEYS validation", () => {
  it.each([
    ["", /lists no key/],
    [" , ", /lists no key/],
    [newKey(), /entry 1 needs an id/],
    [`${NEW},:${newKey()}`, /entry 2 needs an id/],
    [`bad.id:${newKey()}`, /entry 1 needs an id/],
    [
      `short:${randomBytes(16).toString("base64")}`,
      /key "short" must be base64 of exactly 32 bytes \(it decodes to 16\)/,
    ],
    [`long:${randomBytes(33).toString("base64")}`, /exactly 32 bytes/],
    ["typo:not base64 at all!", /key "typo" must be base64/],
    [`${NEW},${NEW}`, /two keys share an id/],
  ])("refuses %j with a message naming the variable", (keys, message) => {
    expect(() => sealSecret("x", keys)).toThrow(/^CALENDAR_ENCRYPTION_KEYS is not usable: /);
    expect(() => sealSecret("x", keys)).toThrow(message);
  });

  it("accepts spaces around entries", () => {
    const spaced = ` ${NEW} , ${OLD} `;
    expect(openSecret(sealSecret("token", spaced), NEW)).toBe("token");
  });
});
