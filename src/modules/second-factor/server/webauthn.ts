import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { env } from "~/env";
import type { WebAuthnCeremony } from "~/server/db/client";
import { consumeChallenge, insertChallenge } from "./second-factor.system.repo";

// The relying party is the app's own address: a passkey made here answers only on this host, and a response signed
// for another origin fails verification.
const appUrl = new URL(env.APP_URL);
const RELYING_PARTY = { id: appUrl.hostname, origin: appUrl.origin, name: "Fieldnotes" };
const CHALLENGE_MINUTES = 5;

interface KnownCredential {
  credentialId: string;
  transports: string[];
}

async function rememberChallenge(challenge: string, ceremony: WebAuthnCeremony, userId: string | null, now: Date) {
  await insertChallenge(
    { challenge, ceremony, userId, expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000) },
    now,
  );
}

/** The challenge is checked against what this server issued, and used up by the check, whatever the browser says. */
const issuedChallenge = (ceremony: WebAuthnCeremony, userId: string | null, now: Date) => (challenge: string) =>
  consumeChallenge(challenge, { ceremony, userId, now });

const asDescriptor = (credential: KnownCredential) => ({
  id: credential.credentialId,
  transports: credential.transports,
});

export async function passkeyCreationOptions(
  person: { id: string; email: string; name: string | null },
  existing: KnownCredential[],
  now: Date,
) {
  const options = await generateRegistrationOptions({
    rpName: RELYING_PARTY.name,
    rpID: RELYING_PARTY.id,
    userID: new TextEncoder().encode(person.id),
    userName: person.email,
    userDisplayName: person.name ?? person.email,
    attestationType: "none",
    excludeCredentials: existing.map(asDescriptor),
    // Discoverable, so the same passkey signs in from the sign-in page without an email address.
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  await rememberChallenge(options.challenge, "REGISTRATION", person.id, now);
  return options;
}

/** The new credential, or null when the response does not verify (wrong origin, stale or foreign challenge, …). */
export async function verifyPasskeyCreation(response: RegistrationResponseJSON, userId: string, now: Date) {
  try {
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge: issuedChallenge("REGISTRATION", userId, now),
      expectedOrigin: RELYING_PARTY.origin,
      expectedRPID: RELYING_PARTY.id,
      requireUserVerification: false,
    });
    return result.verified ? result.registrationInfo.credential : null;
  } catch {
    return null;
  }
}

/** `allowed`: the person's passkeys after an emailed link; omitted, any discoverable passkey may answer. */
export async function passkeyRequestOptions(
  { userId, allowed }: { userId: string | null; allowed?: KnownCredential[] },
  now: Date,
) {
  const options = await generateAuthenticationOptions({
    rpID: RELYING_PARTY.id,
    userVerification: "preferred",
    allowCredentials: allowed?.map(asDescriptor),
  });
  await rememberChallenge(options.challenge, "AUTHENTICATION", userId, now);
  return options;
}

/** The authenticator's new counter when the assertion verifies against `passkey`, otherwise null. */
export async function verifyPasskeyAssertion(
  response: AuthenticationResponseJSON,
  passkey: { credentialId: string; publicKey: Uint8Array; counter: bigint; transports: string[] },
  { userId, now }: { userId: string | null; now: Date },
) {
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: issuedChallenge("AUTHENTICATION", userId, now),
      expectedOrigin: RELYING_PARTY.origin,
      expectedRPID: RELYING_PARTY.id,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: passkey.transports,
      },
      requireUserVerification: false,
    });
    return result.verified ? result.authenticationInfo.newCounter : null;
  } catch {
    return null;
  }
}
