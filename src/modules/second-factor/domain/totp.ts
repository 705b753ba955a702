import { generateSecret, generateURI, verify } from "otplib";

export const TOTP_PERIOD_SECONDS = 30;
// One step either side: phone clocks drift, and a code typed as its 30 seconds run out arrives in the next step.
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;
const ISSUER = "Fieldnotes";

export const newTotpSecret = () => generateSecret();

/** The otpauth:// address an authenticator app reads from the QR code. */
export const totpSetupUri = (secret: string, accountEmail: string) =>
  generateURI({ issuer: ISSUER, label: accountEmail, secret });

/** Six digits, spaces and dashes allowed between them (apps show "123 456"); anything else is not a code. */
export function normalizeTotpCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

export type TotpCheck = { ok: true; step: number } | { ok: false };

/**
 * Whether `code` is the app's code at `now` (give or take one step) and newer than the last accepted step: a code,
 * once accepted, is refused for the rest of its window, so one seen over a shoulder cannot be used again.
 */
export async function checkTotpCode(input: {
  secret: string;
  code: string;
  now: Date;
  lastUsedStep: number | null;
}): Promise<TotpCheck> {
  const token = normalizeTotpCode(input.code);
  if (!token) return { ok: false };
  const result = await verify({
    secret: input.secret,
    token,
    epoch: Math.floor(input.now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    afterTimeStep: input.lastUsedStep ?? undefined,
  });
  // The result type is shared with counter-based codes, which have no time step.
  return result.valid && "timeStep" in result ? { ok: true, step: result.timeStep } : { ok: false };
}
