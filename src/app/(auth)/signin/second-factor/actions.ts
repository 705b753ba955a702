"use server";

import { redirect } from "next/navigation";
import { codeInput, passkeyAuthenticationResponse, pendingTicket } from "~/modules/second-factor/schemas";
import * as secondFactor from "~/modules/second-factor/server/second-factor-sign-in.service";
import { finishSignIn } from "~/server/auth/finish-sign-in";
import { systemClock } from "~/server/clock";
import { AppError } from "~/server/errors";

export interface SecondFactorFormState {
  error?: string;
}

const refusal = (error: unknown): SecondFactorFormState => {
  if (error instanceof AppError) return { error: error.message };
  throw error;
};
const unreadable = { error: "That sign-in could not be read. Open the link from the email again." };

/** The code form: an authenticator app's code or a recovery code, then the session and the page it was going to. */
export async function submitSecondFactorCode(_previous: SecondFactorFormState, form: FormData) {
  const ticket = pendingTicket.safeParse(form.get("ticket"));
  const code = codeInput.safeParse({ code: form.get("code") });
  if (!ticket.success) return unreadable;
  if (!code.success) return { error: "Enter the six-digit code from your app, or a recovery code." };
  const now = systemClock.now();
  let destination: string;
  try {
    const signedIn = await secondFactor.completeWithCode(ticket.data, code.data.code, now);
    await finishSignIn(signedIn.user, now);
    destination = signedIn.callbackPath;
  } catch (error) {
    return refusal(error);
  }
  redirect(destination);
}

export async function pendingPasskeyOptions(ticket: string) {
  const parsed = pendingTicket.safeParse(ticket);
  if (!parsed.success) return unreadable;
  try {
    return { options: await secondFactor.pendingPasskeyOptions(parsed.data, systemClock.now()) };
  } catch (error) {
    return refusal(error);
  }
}

export async function completePendingWithPasskey(ticket: string, response: unknown): Promise<SecondFactorFormState> {
  const parsedTicket = pendingTicket.safeParse(ticket);
  const parsed = passkeyAuthenticationResponse.safeParse(response);
  if (!parsedTicket.success || !parsed.success) return unreadable;
  const now = systemClock.now();
  let destination: string;
  try {
    const signedIn = await secondFactor.completeWithPasskey(parsedTicket.data, parsed.data, now);
    await finishSignIn(signedIn.user, now);
    destination = signedIn.callbackPath;
  } catch (error) {
    return refusal(error);
  }
  redirect(destination);
}
