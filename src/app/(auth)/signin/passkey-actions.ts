"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { passkeyAuthenticationResponse } from "~/modules/second-factor/schemas";
import * as secondFactor from "~/modules/second-factor/server/second-factor-sign-in.service";
import { finishSignIn } from "~/server/auth/finish-sign-in";
import { systemClock } from "~/server/clock";
import { AppError } from "~/server/errors";
import { clientAddress } from "~/server/http/rate-limit";

/** "Sign in with a passkey": the challenge, kept on the server, for any passkey of this site. */
export async function passkeySignInOptions() {
  try {
    return { options: await secondFactor.passkeySignInOptions(clientAddress(await headers()), systemClock.now()) };
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
}

export async function signInWithPasskey(callbackUrl: string, response: unknown): Promise<{ error?: string }> {
  const parsed = passkeyAuthenticationResponse.safeParse(response);
  if (!parsed.success) return { error: "That passkey's answer could not be read. Please try again." };
  const now = systemClock.now();
  let destination: string;
  try {
    const signedIn = await secondFactor.completePasskeySignIn(parsed.data, {
      clientAddress: clientAddress(await headers()),
      callbackPath: String(callbackUrl).slice(0, 2000),
      now,
    });
    await finishSignIn(signedIn.user, now);
    destination = signedIn.callbackPath;
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  redirect(destination);
}
