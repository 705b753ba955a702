import "server-only";
import NextAuth from "next-auth";
import { cache } from "react";
import Nodemailer from "next-auth/providers/nodemailer";
import { env } from "~/env";
import { normalizeEmailAddress } from "~/lib/email-address";
import { signInHooks } from "~/server/api/root";
import { authAdapter } from "./adapter";
import { authCallbacks } from "./callbacks";
import { SIGN_IN_LINK_MINUTES, sendSignInLink } from "./sign-in-email";
import { SESSION_MAX_AGE_SECONDS, sessionCookieName, useSecureCookies } from "./session-cookie";

const nextAuth = NextAuth({
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
  callbacks: authCallbacks,
  events: {
    // What a sign-in sets off in the features comes from the composition root.
    async signIn({ user }) {
      const { id, email } = user;
      if (!id || !email) return;
      for (const hook of signInHooks) await hook({ id, email });
    },
  },
});

export const { handlers, signIn, signOut } = nextAuth;

/**
 * The request's session. Read once per server render however many layouts, pages, the tRPC caller and the reader's
 * locale ask: each read is a session lookup, and one that is due marks the session used.
 */
export const auth = cache(() => nextAuth.auth());
