import { randomBytes } from "node:crypto";
import QRCode from "qrcode";
import type { z } from "zod";
import { openSecret, sealSecret } from "~/server/crypto/secret-box";
import { AppError, notFound } from "~/server/errors";
import type { Prisma } from "~/server/db/client";
import { formatRecoveryCode, hashRecoveryCode, RECOVERY_CODE_COUNT, recoveryCodesFrom } from "../domain/recovery-codes";
import { checkTotpCode, newTotpSecret, totpSetupUri } from "../domain/totp";
import type { codeInput, registerPasskeyInput, renamePasskeyInput } from "../schemas";
import { queueFactorChangeEmail } from "./factor-emails";
import * as repo from "./second-factor.system.repo";
import { CODE_ATTEMPTS_AT_SETUP, countAttempt } from "./sign-in-attempts";
import { passkeyCreationOptions, verifyPasskeyCreation } from "./webauthn";

/** The signed-in person managing their own factors. */
export interface FactorViewer {
  id: string;
  email: string;
  name: string | null;
  timeZone: string | null;
}

export async function listFactors(viewer: FactorViewer) {
  return repo.findFactors(viewer.id);
}

/** Ten new codes replace any earlier ones; the plain codes are answered once and never stored. */
async function issueRecoveryCodes(tx: Prisma.TransactionClient, userId: string) {
  const codes = recoveryCodesFrom(randomBytes(RECOVERY_CODE_COUNT * 10));
  await repo.replaceRecoveryCodes(tx, userId, codes.map(hashRecoveryCode));
  return codes.map(formatRecoveryCode);
}

/** The first factor comes with recovery codes; later ones leave the codes the person already has. */
async function recoveryCodesForNewFactor(tx: Prisma.TransactionClient, userId: string, hadFactor: boolean) {
  return hadFactor ? null : issueRecoveryCodes(tx, userId);
}

export async function startAuthenticatorSetup(viewer: FactorViewer) {
  const secret = newTotpSecret();
  if (!(await repo.putUnconfirmedTotp(viewer.id, sealSecret(secret)))) {
    throw new AppError("CONFLICT", "You already have an authenticator app. Remove it first to set up another.");
  }
  const uri = totpSetupUri(secret, viewer.email);
  return { secret, uri, qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

export async function confirmAuthenticator(viewer: FactorViewer, input: z.infer<typeof codeInput>, now: Date) {
  const totp = await repo.findTotp(viewer.id);
  if (!totp || totp.confirmedAt) throw new AppError("CONFLICT", "Start setting up the authenticator app again.");
  await countAttempt([[CODE_ATTEMPTS_AT_SETUP, viewer.id]], now);
  const check = await checkTotpCode({
    secret: openSecret(totp.secretSealed),
    code: input.code,
    now,
    lastUsedStep: null,
  });
  const codeRefused = () =>
    new AppError("BAD_REQUEST", "That code didn't match. Enter the code your app shows now.", {
      code: "That code didn't match.",
    });
  if (!check.ok) throw codeRefused();
  return repo.inTransaction(async (tx) => {
    const hadFactor = await repo.hasSecondFactor(viewer.id, tx);
    if (!(await repo.acceptTotpStep(tx, { userId: viewer.id, step: check.step, now, confirming: true }))) {
      throw codeRefused();
    }
    await queueFactorChangeEmail(tx, viewer, "authenticator-added", { now });
    return { recoveryCodes: await recoveryCodesForNewFactor(tx, viewer.id, hadFactor) };
  });
}

/** Removing the last factor also removes the recovery codes: they stand in for a factor that is gone. */
async function removeRecoveryCodesIfLast(tx: Prisma.TransactionClient, userId: string) {
  if (!(await repo.hasSecondFactor(userId, tx))) await repo.deleteRecoveryCodes(tx, userId);
}

export async function removeAuthenticator(viewer: FactorViewer, now: Date) {
  return repo.inTransaction(async (tx) => {
    if ((await repo.deleteTotp(tx, viewer.id)) === 0) throw notFound("That authenticator app");
    await removeRecoveryCodesIfLast(tx, viewer.id);
    await queueFactorChangeEmail(tx, viewer, "authenticator-removed", { now });
    return { removed: true };
  });
}

export async function passkeyOptions(viewer: FactorViewer, now: Date) {
  return passkeyCreationOptions(viewer, await repo.findPasskeyIdsOf(viewer.id), now);
}

export async function addPasskey(viewer: FactorViewer, input: z.infer<typeof registerPasskeyInput>, now: Date) {
  const credential = await verifyPasskeyCreation(input.response, viewer.id, now);
  if (!credential) {
    throw new AppError("BAD_REQUEST", "That passkey could not be added. Try again from this page.");
  }
  return repo.inTransaction(async (tx) => {
    const hadFactor = await repo.hasSecondFactor(viewer.id, tx);
    const passkey = await repo.insertPasskey(tx, {
      userId: viewer.id,
      credentialId: credential.id,
      publicKey: credential.publicKey,
      counter: credential.counter,
      transports: credential.transports ?? [],
      name: input.name,
    });
    await queueFactorChangeEmail(tx, viewer, "passkey-added", { now, factorName: input.name });
    return { passkey, recoveryCodes: await recoveryCodesForNewFactor(tx, viewer.id, hadFactor) };
  });
}

export async function renamePasskey(viewer: FactorViewer, input: z.infer<typeof renamePasskeyInput>) {
  if ((await repo.renamePasskey(viewer.id, input.passkeyId, input.name)) === 0) throw notFound("That passkey");
  return { name: input.name };
}

export async function removePasskey(viewer: FactorViewer, passkeyId: string, now: Date) {
  return repo.inTransaction(async (tx) => {
    const removed = await repo.deletePasskey(tx, viewer.id, passkeyId);
    if (!removed) throw notFound("That passkey");
    await removeRecoveryCodesIfLast(tx, viewer.id);
    await queueFactorChangeEmail(tx, viewer, "passkey-removed", { now, factorName: removed.name });
    return { removed: true };
  });
}

export async function regenerateRecoveryCodes(viewer: FactorViewer, now: Date) {
  return repo.inTransaction(async (tx) => {
    if (!(await repo.hasSecondFactor(viewer.id, tx))) {
      throw new AppError("CONFLICT", "Add an authenticator app or a passkey first; recovery codes come with it.");
    }
    const recoveryCodes = await issueRecoveryCodes(tx, viewer.id);
    await queueFactorChangeEmail(tx, viewer, "recovery-codes-regenerated", { now });
    return { recoveryCodes };
  });
}

/** For practices requiring a second factor of their staff: whether this person has one that counts. */
export const personHasSecondFactor = (userId: string) => repo.hasSecondFactor(userId);
