import Nodemailer from "@auth/core/providers/nodemailer";
import type { NextAuthConfig } from "next-auth";
import { env } from "~/env";
import { normalizeEmailAddress } from "~/lib/email-address";
import { secondFactorStep, signInHooks } from "~/server/api/root";
import { systemClock } from "~/server/clock";
import { authAdapter } from "./adapter";
import { authCallbacks } from "./callbacks";
import { SESSION_MAX_AGE_SECONDS, sessionCookieName, useSecureCookies } from "./session-cookie";
import { signInCallbackPath } from "./sign-in-callback-path";
import { SIGN_IN_LINK_MINUTES, sendSignInLink } from "./sign-in-email";

// Auth.js' configuration, apart from NextAuth() (config.ts), so tests can run Auth.js' own callback route on it.
export const authOptions = {
  adapter: authAdapter,
  secret: env.AUTH_SECRET,
  trustHost: true,
  useSecureCookies,
  cookies: { sessionToken: { name: sessionCookieName } },
  // Database sessions: deleting the row (sign-out, revocation) ends the session at once.
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 60 * 60 },
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
  providers: [
    Nodemailer({
      server: env.SMTP_URL,
      from: env.EMAIL_FROM,
      // Links are single-use by construction: Auth.js deletes the token when it is used.
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      normalizeIdentifier(identifier) {
        const result = normalizeEmailAddress(identifier);
        if (!result.ok) throw new Error(result.message);
        return result.email;
      },
      sendVerificationRequest: ({ identifier, url }) => sendSignInLink({ to: identifier, authCallbackUrl: url }),
    }),
  ],
  callbacks: {
    ...authCallbacks,
    // Runs once the emailed link checked out and before Auth.js creates the session (@auth/core
    // lib/actions/callback: handleAuthorized, then handleLoginOrRegister): a person with a second factor is sent on
    // to pass it, and no session exists until they do. Asking for the link (verificationRequest) is never held up.
    async signIn({ user, email }) {
      if (email?.verificationRequest) return true;
      return (await secondFactorStep(user, signInCallbackPath(), systemClock.now())) ?? true;
    },
  },
  events: {
    // What a sign-in sets off in the features comes from the composition root.
    async signIn({ user }) {
      const { id, email } = user;
      if (!id || !email) return;
      for (const hook of signInHooks) await hook({ id, email });
    },
  },
} satisfies NextAuthConfig;
