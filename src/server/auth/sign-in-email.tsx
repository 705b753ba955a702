import "server-only";
import SignInEmail, { signInSubject } from "@emails/sign-in";
import { env } from "~/env";
import { sendEmail } from "~/server/email/mailer";

/**
 * Mail scanners open links, so the emailed link lands on a page that asks the person to
 * confirm with a POST; only that POST reaches Auth.js' callback and uses the token.
 */
export const SIGN_IN_LINK_MINUTES = 15;

export function confirmationLink(authCallbackUrl: string): string {
  const link = new URL("/signin/confirm", env.APP_URL);
  link.search = new URL(authCallbackUrl).search;
  return link.toString();
}

export async function sendSignInLink({ to, authCallbackUrl }: { to: string; authCallbackUrl: string }) {
  await sendEmail({
    to,
    subject: signInSubject,
    react: <SignInEmail url={confirmationLink(authCallbackUrl)} expiresInMinutes={SIGN_IN_LINK_MINUTES} />,
  });
}
