import { z } from "zod";
import { singleLineText } from "~/lib/input-text";

const base64url = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]*$/, "That passkey response is not readable.");

// What a browser's WebAuthn call returns, bounded: only the fields the verifier reads are kept.
const clientExtensionResults = z.object({ credProps: z.object({ rk: z.boolean().optional() }).optional() });

/** What registration and authentication answers share: the credential's id, its kind and the extensions read. */
const credentialEnvelope = z.object({
  id: base64url(1400),
  rawId: base64url(1400),
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults: clientExtensionResults.default({}),
});

export const passkeyRegistrationResponse = credentialEnvelope.extend({
  response: z.object({
    clientDataJSON: base64url(8_000),
    attestationObject: base64url(32_000),
    // Names such as "usb" or "hybrid"; new ones may come, so any short lower-case word.
    transports: z
      .array(
        z
          .string()
          .max(32)
          .regex(/^[a-z-]*$/, "That passkey response is not readable."),
      )
      .max(8)
      .optional(),
  }),
});

export const passkeyAuthenticationResponse = credentialEnvelope.extend({
  response: z.object({
    clientDataJSON: base64url(8_000),
    authenticatorData: base64url(8_000),
    signature: base64url(2_000),
    userHandle: base64url(200).optional(),
  }),
});

const passkeyName = singleLineText()
  .trim()
  .min(1, "Give the passkey a name, such as the device it is on.")
  .max(60, "Keep the name under 60 characters.");

export const codeInput = z.object({
  code: singleLineText().trim().min(1, "Enter the code.").max(40, "That code is too long."),
});
export const registerPasskeyInput = z.object({ name: passkeyName, response: passkeyRegistrationResponse });
export const passkeyIdInput = z.object({ passkeyId: singleLineText().trim().min(1).max(40) });
export const renamePasskeyInput = passkeyIdInput.extend({ name: passkeyName });
export const pendingTicket = singleLineText().trim().min(16).max(200);
