import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { safeRelativePath } from "~/lib/safe-redirect";
import { generateToken, hashToken } from "~/lib/tokens";
import { openSecret } from "~/server/crypto/secret-box";
import { AppError } from "~/server/errors";
import { hashRecoveryCode, normalizeRecoveryCode } from "../domain/recovery-codes";
import { checkTotpCode, normalizeTotpCode } from "../domain/totp";
import { queueFactorChangeEmail } from "./factor-emails";
import * as repo from "./second-factor.system.repo";
import {
  CODE_ATTEMPTS_PER_PENDING_SIGN_IN,
  CODE_ATTEMPTS_PER_PERSON,
  countAttempt,
  PASSKEY_SIGN_INS_PER_ADDRESS,
  PENDING_SIGN_IN_MINUTES,
} from "./sign-in-attempts";
import { passkeyRequestOptions, verifyPasskeyAssertion } from "./webauthn";

export const SECOND_FACTOR_PAGE_PATH = "/signin/second-factor";

/** Who passed their second factor, and where they were going; the caller opens the session. */
export interface SignedIn {
  user: { id: string; email: string };
  callbackPath: string;
}

const expired = () =>
  new AppError("NOT_FOUND", "This sign-in has expired or was already used. Request a new sign-in link.");
const wrongCode = () =>
  new AppError(
    "BAD_REQUEST",
    "That code didn't work. Enter the current code from your authenticator app, or one of your recovery codes.",
    { code: "That code didn't work." },
  );
const passkeyRefused = () =>
  new AppError("BAD_REQUEST", "That passkey wasn't accepted. Try again, or use another way to sign in.");

/**
 * Run by Auth.js' signIn callback once the emailed link checked out and before any session exists. Null lets the
 * session open; for a person with a factor it issues a pending sign-in and answers the page to send them to, whose
 * address carries the ticket (only its hash is stored; it is single-use and lives ten minutes).
 */
export async function secondFactorStepAfterEmail(user: { id?: string }, callbackPath: string, now: Date) {
  if (!user.id || !(await repo.hasSecondFactor(user.id))) return null;
  const ticket = generateToken();
  await repo.insertPendingSignIn(
    {
      tokenHash: hashToken(ticket),
      userId: user.id,
      callbackPath: safeRelativePath(callbackPath),
      expiresAt: new Date(now.getTime() + PENDING_SIGN_IN_MINUTES * 60_000),
    },
    now,
  );
  return `${SECOND_FACTOR_PAGE_PATH}?${new URLSearchParams({ ticket })}`;
}

async function pendingSignIn(ticket: string, now: Date) {
  const pending = await repo.findPendingSignIn(hashToken(ticket), now);
  if (!pending) throw expired();
  return pending;
}

/** What the second-factor page offers for this ticket, or null when it is unknown, used or expired. */
export async function pendingSignInChoices(ticket: string, now: Date) {
  const pending = await repo.findPendingSignIn(hashToken(ticket), now);
  if (!pending) return null;
  const factors = await repo.findFactors(pending.userId);
  return {
    email: pending.user.email,
    authenticatorApp: factors.totp !== null,
    passkeys: factors.passkeys.length > 0,
    recoveryCodes: factors.recoveryCodesLeft > 0,
  };
}

/** A code from the authenticator app or a recovery code, for a pending sign-in. */
export async function completeWithCode(ticket: string, code: string, now: Date): Promise<SignedIn> {
  const pending = await pendingSignIn(ticket, now);
  await countAttempt(
    [
      [CODE_ATTEMPTS_PER_PENDING_SIGN_IN, pending.id],
      [CODE_ATTEMPTS_PER_PERSON, pending.userId],
    ],
    now,
  );
  const signedIn = { user: pending.user, callbackPath: pending.callbackPath };
  if (normalizeTotpCode(code)) {
    const totp = await repo.findTotp(pending.userId);
    const check = totp?.confirmedAt
      ? await checkTotpCode({ secret: openSecret(totp.secretSealed), code, now, lastUsedStep: totp.lastUsedStep })
      : { ok: false as const };
    if (!check.ok) throw wrongCode();
    return repo.inTransaction(async (tx) => {
      if (!(await repo.acceptTotpStep(tx, { userId: pending.userId, step: check.step, now, confirming: false }))) {
        throw wrongCode();
      }
      if (!(await repo.consumePendingSignIn(tx, pending.id, now))) throw expired();
      return signedIn;
    });
  }
  const recoveryCode = normalizeRecoveryCode(code);
  if (!recoveryCode) throw wrongCode();
  return repo.inTransaction(async (tx) => {
    const used = await repo.useRecoveryCode(tx, {
      userId: pending.userId,
      codeHash: hashRecoveryCode(recoveryCode),
      now,
    });
    if (!used) throw wrongCode();
    if (!(await repo.consumePendingSignIn(tx, pending.id, now))) throw expired();
    const recoveryCodesLeft = await repo.countUnusedRecoveryCodes(tx, pending.userId);
    await queueFactorChangeEmail(tx, pending.user, "recovery-code-used", { now, recoveryCodesLeft });
    return signedIn;
  });
}

/** WebAuthn options for a pending sign-in: only this person's passkeys may answer. */
export async function pendingPasskeyOptions(ticket: string, now: Date) {
  const pending = await pendingSignIn(ticket, now);
  const allowed = await repo.findPasskeyIdsOf(pending.userId);
  if (allowed.length === 0) throw passkeyRefused();
  return passkeyRequestOptions({ userId: pending.userId, allowed }, now);
}

async function acceptAssertion(response: AuthenticationResponseJSON, userId: string | null, now: Date) {
  const passkey = await repo.findPasskeyByCredentialId(response.id);
  if (!passkey || (userId !== null && passkey.userId !== userId)) throw passkeyRefused();
  const counter = await verifyPasskeyAssertion(response, passkey, { userId, now });
  if (counter === null || !(await repo.markPasskeyUsed(passkey.id, { counter, now }))) throw passkeyRefused();
  return passkey.userId;
}

export async function completeWithPasskey(
  ticket: string,
  response: AuthenticationResponseJSON,
  now: Date,
): Promise<SignedIn> {
  const pending = await pendingSignIn(ticket, now);
  await countAttempt([[CODE_ATTEMPTS_PER_PENDING_SIGN_IN, pending.id]], now);
  await acceptAssertion(response, pending.userId, now);
  return repo.inTransaction(async (tx) => {
    if (!(await repo.consumePendingSignIn(tx, pending.id, now))) throw expired();
    return { user: pending.user, callbackPath: pending.callbackPath };
  });
}

/** WebAuthn options for signing in from the sign-in page: any discoverable passkey of this site may answer. */
export async function passkeySignInOptions(clientAddress: string, now: Date) {
  await countAttempt([[PASSKEY_SIGN_INS_PER_ADDRESS, clientAddress]], now);
  return passkeyRequestOptions({ userId: null }, now);
}

/** A passkey on its own signs in: it is already two factors (the device, and the fingerprint or PIN that unlocks it). */
export async function completePasskeySignIn(
  response: AuthenticationResponseJSON,
  { clientAddress, callbackPath, now }: { clientAddress: string; callbackPath: string; now: Date },
): Promise<SignedIn> {
  await countAttempt([[PASSKEY_SIGN_INS_PER_ADDRESS, clientAddress]], now);
  const userId = await acceptAssertion(response, null, now);
  const person = await repo.findPerson(userId);
  return { user: person, callbackPath: safeRelativePath(callbackPath) };
}
