import { env } from "~/env";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const useSecureCookies = env.APP_URL.startsWith("https:");
/** The same name Auth.js uses, so sessions we create (invitations, dev sign-in) are its sessions. */
export const sessionCookieName = `${useSecureCookies ? "__Secure-" : ""}authjs.session-token`;

export function sessionCookieOptions(expires: Date) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: useSecureCookies, expires };
}
