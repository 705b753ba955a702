import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { checkTotpCode, newTotpSecret, normalizeTotpCode, TOTP_PERIOD_SECONDS, totpSetupUri } from "./totp";

const secret = newTotpSecret();
const NOW = new Date("2026-12-02T10:00:10Z");
const codeAt = (at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
const shifted = (steps: number) => new Date(NOW.getTime() + steps * TOTP_PERIOD_SECONDS * 1000);

describe("authenticator codes", () => {
  it("accepts the current code and the neighbouring steps, nothing further", async () => {
    for (const steps of [-1, 0, 1]) {
      expect(
        (await checkTotpCode({ secret, code: await codeAt(shifted(steps)), now: NOW, lastUsedStep: null })).ok,
      ).toBe(true);
    }
    for (const steps of [-3, -2, 2, 3]) {
      expect(
        (await checkTotpCode({ secret, code: await codeAt(shifted(steps)), now: NOW, lastUsedStep: null })).ok,
      ).toBe(false);
    }
  });

  it("refuses a code of the last accepted step or earlier, so it cannot be replayed within its window", async () => {
    const code = await codeAt(NOW);
    const first = await checkTotpCode({ secret, code, now: NOW, lastUsedStep: null });
    expect(first.ok).toBe(true);
    const step = first.ok ? first.step : -1;
    expect(await checkTotpCode({ secret, code, now: NOW, lastUsedStep: step })).toEqual({ ok: false });
    const previous = await codeAt(shifted(-1));
    expect(await checkTotpCode({ secret, code: previous, now: NOW, lastUsedStep: step })).toEqual({ ok: false });
    // The next step's code is still good.
    const next = await codeAt(shifted(1));
    expect((await checkTotpCode({ secret, code: next, now: shifted(1), lastUsedStep: step })).ok).toBe(true);
  });

  it("refuses another secret's code and text that is not six digits", async () => {
    const other = await generate({ secret: newTotpSecret(), epoch: Math.floor(NOW.getTime() / 1000) });
    expect((await checkTotpCode({ secret, code: other, now: NOW, lastUsedStep: null })).ok).toBe(false);
    for (const junk of ["", "12345", "1234567", "abcdef", "12 34 5x", "\u0000123456"]) {
      expect(normalizeTotpCode(junk)).toBeNull();
      expect((await checkTotpCode({ secret, code: junk, now: NOW, lastUsedStep: null })).ok).toBe(false);
    }
    expect(normalizeTotpCode(" 123 456 ")).toBe("123456");
  });

  it("names the app, the account and the secret in the setup address", () => {
    const uri = new URL(totpSetupUri(secret, "priya@example.com"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Fieldnotes");
    expect(decodeURIComponent(uri.pathname)).toContain("priya@example.com");
  });
});
