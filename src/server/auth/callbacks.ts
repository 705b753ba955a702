import type { NextAuthConfig } from "next-auth";
import { safeRedirectUrl } from "~/lib/safe-redirect";
import type { TimeFormatPreference } from "~/lib/viewer-locale";

type Callbacks = NonNullable<NextAuthConfig["callbacks"]>;

export const authCallbacks = {
  // Only what the database says about the user reaches the session; nothing the browser
  // sends (role, practice, email, via `update` or otherwise) is ever merged in.
  session({ session, user }) {
    return {
      expires: session.expires,
      // The row's public handle (never its token), so the security page can mark "this device".
      sessionId: (session as { id?: string }).id,
      user: {
        id: user.id,
        name: user.name ?? null,
        email: user.email,
        timeZone: (user as { timeZone?: string | null }).timeZone ?? null,
        // Read with the session's own row, so a page's times need no statement of their own.
        timeFormat: (user as { timeFormat?: TimeFormatPreference }).timeFormat ?? "AUTO",
      },
    } as typeof session;
  },
  redirect({ url, baseUrl }) {
    return safeRedirectUrl(url, baseUrl);
  },
} satisfies Callbacks;
