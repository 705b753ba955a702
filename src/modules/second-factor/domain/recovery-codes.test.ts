import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  formatRecoveryCode,
  hashRecoveryCode,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
  recoveryCodesFrom,
} from "./recovery-codes";

describe("recovery codes", () => {
  it("makes ten distinct ten-symbol codes without look-alike letters", () => {
    const codes = recoveryCodesFrom(randomBytes(RECOVERY_CODE_COUNT * 10));
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{10}$/);
  });

  it("reads back what the person types: any case, dash or not, spaces, o for zero and l for one", () => {
    const [code] = recoveryCodesFrom(randomBytes(100));
    expect(normalizeRecoveryCode(formatRecoveryCode(code!))).toBe(code);
    expect(normalizeRecoveryCode(` ${formatRecoveryCode(code!).toUpperCase()} `)).toBe(code);
    expect(normalizeRecoveryCode("0123O-ILabc")).toBe("0123011abc");
  });

  it("refuses what cannot be a code", () => {
    for (const junk of ["", "abcde", "abcde-fghjkm", "abcde-fghju", "abcde\u0000fghjk", "123456"]) {
      expect(normalizeRecoveryCode(junk)).toBeNull();
    }
  });

  it("compares by hash: the same code hashes alike, another code does not, and the hash is not the code", () => {
    const [one, two] = recoveryCodesFrom(randomBytes(100));
    expect(hashRecoveryCode(one!)).toBe(hashRecoveryCode(normalizeRecoveryCode(formatRecoveryCode(one!))!));
    expect(hashRecoveryCode(one!)).not.toBe(hashRecoveryCode(two!));
    expect(hashRecoveryCode(one!)).not.toContain(one!);
  });
});
