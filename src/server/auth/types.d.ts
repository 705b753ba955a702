import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    /** Session.id of the row behind this session; never the token. */
    sessionId?: string;
    user: { id: string; name: string | null; email: string; timeZone: string | null } & Omit<
      DefaultSession["user"],
      "name" | "email"
    >;
  }
}
