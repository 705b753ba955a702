import { hashToken } from "~/lib/tokens";

export const RECOVERY_CODE_COUNT = 10;
const CODE_LENGTH = 10;
// Crockford's base32: no i, l, o or u, so a code copied from paper reads one way. 32 symbols, so a random byte's
// low five bits pick one without bias; ten of them are 50 bits, beyond guessing under the attempt limits.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const LOOK_ALIKES: Record<string, string> = { o: "0", i: "1", l: "1" };

/** Ten codes from `random` (at least RECOVERY_CODE_COUNT × 10 bytes), in their stored, unformatted form. */
export function recoveryCodesFrom(random: Uint8Array): string[] {
  if (random.length < RECOVERY_CODE_COUNT * CODE_LENGTH) throw new Error("Not enough random bytes for recovery codes");
  return Array.from({ length: RECOVERY_CODE_COUNT }, (_, index) =>
    Array.from(random.subarray(index * CODE_LENGTH, (index + 1) * CODE_LENGTH), (byte) => ALPHABET[byte & 31]).join(""),
  );
}

/** "abcde-fghjk", as the person sees and types it. */
export const formatRecoveryCode = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;

/** The stored form of what a person typed (any case, with or without the dash), or null if it cannot be a code. */
export function normalizeRecoveryCode(input: string): string | null {
  const code = input
    .toLowerCase()
    .replace(/[\s-]/g, "")
    .replace(/[oil]/g, (letter) => LOOK_ALIKES[letter]!);
  return code.length === CODE_LENGTH && [...code].every((symbol) => ALPHABET.includes(symbol)) ? code : null;
}

// Fifty random bits need no slow hash: the attempt limits, not the hash, are what stop guessing.
export const hashRecoveryCode = (normalizedCode: string) => hashToken(`recovery:${normalizedCode}`);
