import { STAFF_ROLES } from "~/server/auth/roles";
import { resealStored } from "~/server/crypto/secret-box";
import { prisma, type Prisma, type WebAuthnCeremony } from "~/server/db/client";

// Second factors belong to a person, not a practice: every query is keyed by the signed-in (or signing-in) person's
// id, so another person's passkey id matches nothing. Secrets, public keys and code hashes are never selected for
// the security page.

type Tx = Prisma.TransactionClient;

export const inTransaction = <T>(work: (tx: Tx) => Promise<T>) => prisma.$transaction(work);

const passkeyListing = { id: true, name: true, createdAt: true, lastUsedAt: true } as const;

export async function findFactors(userId: string) {
  const [totp, passkeys, recoveryCodesLeft, requiringPractices] = await Promise.all([
    prisma.totpAuthenticator.findUnique({
      where: { userId },
      select: { confirmedAt: true, createdAt: true, lastUsedAt: true },
    }),
    prisma.passkey.findMany({ where: { userId }, select: passkeyListing, orderBy: { createdAt: "asc" } }),
    prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
    prisma.membership.count({
      where: { userId, removedAt: null, role: { in: [...STAFF_ROLES] }, practice: { requireStaffSecondFactor: true } },
    }),
  ]);
  return {
    totp: totp?.confirmedAt ? totp : null,
    passkeys,
    recoveryCodesLeft,
    requiredByPractice: requiringPractices > 0,
  };
}

/** Whether the person has a factor that counts: a confirmed authenticator app or a passkey. */
export async function hasSecondFactor(userId: string, db: Tx | typeof prisma = prisma) {
  const [totp, passkeys] = await Promise.all([
    db.totpAuthenticator.count({ where: { userId, confirmedAt: { not: null } } }),
    db.passkey.count({ where: { userId } }),
  ]);
  return totp + passkeys > 0;
}

export const findPerson = (userId: string) =>
  prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, timeZone: true } });

// --- Authenticator app

export function findTotp(userId: string) {
  return prisma.totpAuthenticator.findUnique({ where: { userId } });
}

/** A new secret waiting for its first code; replaces an earlier unconfirmed one, never a confirmed one. */
export async function putUnconfirmedTotp(userId: string, secretSealed: string) {
  const written = await prisma.$executeRaw`
    INSERT INTO "TotpAuthenticator" ("id", "userId", "secretSealed")
    VALUES (gen_random_uuid()::text, ${userId}, ${secretSealed})
    ON CONFLICT ("userId") DO UPDATE SET "secretSealed" = EXCLUDED."secretSealed", "createdAt" = now()
    WHERE "TotpAuthenticator"."confirmedAt" IS NULL`;
  return written === 1;
}

/**
 * Records that a code of `step` was accepted, only if no code of that step or later was: of two requests with the
 * same code, one wins. `confirming` accepts only an unconfirmed app (setup), otherwise only a confirmed one.
 */
export async function acceptTotpStep(
  db: Tx,
  { userId, step, now, confirming }: { userId: string; step: number; now: Date; confirming: boolean },
) {
  const { count } = await db.totpAuthenticator.updateMany({
    where: {
      userId,
      confirmedAt: confirming ? null : { not: null },
      OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }],
    },
    data: { lastUsedStep: step, lastUsedAt: now, ...(confirming ? { confirmedAt: now } : {}) },
  });
  return count === 1;
}

export async function deleteTotp(db: Tx, userId: string) {
  return (await db.totpAuthenticator.deleteMany({ where: { userId, confirmedAt: { not: null } } })).count;
}

// --- Passkeys

export function findPasskeyIdsOf(userId: string) {
  return prisma.passkey.findMany({ where: { userId }, select: { credentialId: true, transports: true } });
}

export function findPasskeyByCredentialId(credentialId: string) {
  return prisma.passkey.findUnique({ where: { credentialId } });
}

export function insertPasskey(
  db: Tx,
  passkey: {
    userId: string;
    credentialId: string;
    publicKey: Uint8Array;
    counter: number;
    transports: string[];
    name: string;
  },
) {
  return db.passkey.create({
    data: {
      userId: passkey.userId,
      credentialId: passkey.credentialId,
      publicKey: Buffer.from(passkey.publicKey),
      counter: BigInt(passkey.counter),
      transports: passkey.transports,
      name: passkey.name,
    },
    select: passkeyListing,
  });
}

/** The counter only moves forward: of two uses of one assertion, the second finds it already there. */
export async function markPasskeyUsed(id: string, { counter, now }: { counter: number; now: Date }) {
  const { count } = await prisma.passkey.updateMany({
    where: { id, OR: [{ counter: { lt: BigInt(counter) } }, { counter: 0n }] },
    data: { counter: BigInt(counter), lastUsedAt: now },
  });
  return count === 1;
}

export async function renamePasskey(userId: string, id: string, name: string) {
  return (await prisma.passkey.updateMany({ where: { id, userId }, data: { name } })).count;
}

/** The removed passkey's name, or null when the person has no passkey of that id. */
export async function deletePasskey(db: Tx, userId: string, id: string) {
  const passkey = await db.passkey.findFirst({ where: { id, userId }, select: { name: true } });
  if (!passkey) return null;
  const { count } = await db.passkey.deleteMany({ where: { id, userId } });
  return count === 1 ? passkey : null;
}

// --- Recovery codes

export async function replaceRecoveryCodes(db: Tx, userId: string, codeHashes: string[]) {
  await db.recoveryCode.deleteMany({ where: { userId } });
  await db.recoveryCode.createMany({ data: codeHashes.map((codeHash) => ({ userId, codeHash })) });
}

export const deleteRecoveryCodes = (db: Tx, userId: string) => db.recoveryCode.deleteMany({ where: { userId } });

/** Uses a code once: of two requests with the same code, one finds it unused. */
export async function useRecoveryCode(
  db: Tx,
  { userId, codeHash, now }: { userId: string; codeHash: string; now: Date },
) {
  const { count } = await db.recoveryCode.updateMany({
    where: { userId, codeHash, usedAt: null },
    data: { usedAt: now },
  });
  return count === 1;
}

export const countUnusedRecoveryCodes = (db: Tx, userId: string) =>
  db.recoveryCode.count({ where: { userId, usedAt: null } });

// --- Pending sign-ins

/** A new pending sign-in; the person's expired ones, abandoned, go at the same time. */
export function insertPendingSignIn(
  data: { tokenHash: string; userId: string; callbackPath: string; expiresAt: Date },
  now: Date,
) {
  return prisma.$transaction([
    prisma.pendingSignIn.deleteMany({ where: { userId: data.userId, expiresAt: { lte: now } } }),
    prisma.pendingSignIn.create({
      data: {
        tokenHash: data.tokenHash,
        userId: data.userId,
        callbackPath: data.callbackPath,
        expiresAt: data.expiresAt,
      },
    }),
  ]);
}

export function findPendingSignIn(tokenHash: string, now: Date) {
  return prisma.pendingSignIn.findFirst({
    where: { tokenHash, expiresAt: { gt: now } },
    include: { user: { select: { id: true, email: true, timeZone: true } } },
  });
}

/** Ends a pending sign-in; true for the one request that ended it. */
export async function consumePendingSignIn(db: Tx, id: string, now: Date) {
  return (await db.pendingSignIn.deleteMany({ where: { id, expiresAt: { gt: now } } })).count === 1;
}

// --- WebAuthn challenges

/** A new challenge; expired ones (pages left open, ceremonies cancelled) go at the same time. */
export function insertChallenge(
  data: { challenge: string; ceremony: WebAuthnCeremony; userId: string | null; expiresAt: Date },
  now: Date,
) {
  return prisma.$transaction([
    prisma.webAuthnChallenge.deleteMany({ where: { expiresAt: { lte: now } } }),
    prisma.webAuthnChallenge.create({
      data: { challenge: data.challenge, ceremony: data.ceremony, userId: data.userId, expiresAt: data.expiresAt },
    }),
  ]);
}

/** Uses up a challenge this server issued for that ceremony and person; true only for the first, unexpired use. */
export async function consumeChallenge(
  challenge: string,
  { ceremony, userId, now }: { ceremony: WebAuthnCeremony; userId: string | null; now: Date },
) {
  const { count } = await prisma.webAuthnChallenge.deleteMany({
    where: { challenge, ceremony, userId, expiresAt: { gt: now } },
  });
  return count === 1;
}

/** Re-seals every authenticator app's secret that an older key sealed (`npm run secrets:rotate`). */
export async function resealTotpSecrets(keys?: string) {
  const authenticators = await prisma.totpAuthenticator.findMany({ select: { id: true, secretSealed: true } });
  const resealed = await resealStored(
    authenticators.map((row) => ({ id: row.id, sealed: row.secretSealed })),
    (id, from, to) =>
      prisma.totpAuthenticator.updateMany({ where: { id, secretSealed: from }, data: { secretSealed: to } }),
    keys,
  );
  return { resealed };
}
