import "server-only";
import NextAuth from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { env } from "~/env";
import { normalizeEmailAddress } from "~/lib/email-address";
import { authAdapter } from "./adapter";
import { authCallbacks } from "./callbacks";
import { linkClientRecordsToUser } from "~/modules/bookings/server/client-link.repo";
import { SIGN_IN_LINK_MINUTES, sendSignInLink } from "./sign-in-email";
import { SESSION_MAX_AGE_SECONDS, sessionCookieName, useSecureCookies } from "./session-cookie";

export const { handlers, auth, signIn, signOut } = NextAuth({
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
    // Someone who booked before having an account finds their bookings once signed in.
    async signIn({ user }) {
      if (user.id && user.email) await linkClientRecordsToUser(user.email, user.id);
    },
  },
});
