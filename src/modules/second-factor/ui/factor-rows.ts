import { formatInstant } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";

/** The security page's factors, with their instants written out for the reader. */
export interface FactorRows {
  authenticator: { addedAt: string; lastUsed: string | null } | null;
  passkeys: Array<{ id: string; name: string; addedAt: string; lastUsed: string | null }>;
  recoveryCodesLeft: number;
}

interface Factors {
  totp: { createdAt: Date; lastUsedAt: Date | null } | null;
  passkeys: Array<{ id: string; name: string; createdAt: Date; lastUsedAt: Date | null }>;
  recoveryCodesLeft: number;
}

export function toFactorRows(factors: Factors, { zone, reader }: { zone: string; reader: ViewerLocale }): FactorRows {
  const written = (instant: Date | null) => (instant ? formatInstant(instant, zone, reader) : null);
  return {
    authenticator: factors.totp
      ? { addedAt: written(factors.totp.createdAt)!, lastUsed: written(factors.totp.lastUsedAt) }
      : null,
    passkeys: factors.passkeys.map((passkey) => ({
      id: passkey.id,
      name: passkey.name,
      addedAt: written(passkey.createdAt)!,
      lastUsed: written(passkey.lastUsedAt),
    })),
    recoveryCodesLeft: factors.recoveryCodesLeft,
  };
}
