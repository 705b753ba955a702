"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "~/env";
import { normalizeEmailAddress } from "~/lib/email-address";
import { safeRelativePath } from "~/lib/safe-redirect";
import { signIn } from "~/server/auth/config";
import { sessionCookieName, sessionCookieOptions } from "~/server/auth/session-cookie";
import { createDatabaseSession } from "~/server/auth/session.system.repo";
import { SignInLinkRefused } from "~/server/auth/sign-in-email";
import { findDemoUser } from "~/server/auth/demo-users.system.repo";
import { systemClock } from "~/server/clock";

export interface SignInFormState {
  email: string;
  error?: string;
}

export async function requestSignInLink(_previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  const raw = String(form.get("email") ?? "").slice(0, 400);
  const checked = normalizeEmailAddress(raw);
  if (!checked.ok) return { email: raw, error: checked.message };
  const redirectTo = safeRelativePath(String(form.get("callbackUrl") ?? ""));
  try {
    // Same answer whether or not the address has an account: a new address simply signs up.
    await signIn("nodemailer", { email: checked.email, redirectTo });
  } catch (error) {
    if (error instanceof SignInLinkRefused) return { email: raw, error: error.sentence };
    if (error instanceof AuthError) {
      console.error("sign-in link failed", error);
      return { email: raw, error: "We couldn't send the sign-in email just now. Please try again in a minute." };
    }
    throw error; // Next's redirect to the check-email page
  }
  return { email: raw };
}

/** Development only: one click to act as a seeded demo user. */
export async function signInAsDemoUser(form: FormData) {
  if (env.NODE_ENV !== "development") redirect("/signin");
  const user = await findDemoUser(String(form.get("email") ?? ""));
  if (!user) redirect("/signin");
  const session = await createDatabaseSession(user.id, systemClock.now());
  (await cookies()).set(sessionCookieName, session.sessionToken, sessionCookieOptions(session.expires));
  redirect("/app");
}
