import type { DefaultSession } from "next-auth";
import type { TimeFormatPreference } from "~/lib/viewer-locale";

declare module "next-auth" {
  interface Session {
    /** Session.id of the row behind this session; never the token. */
    sessionId?: string;
    user: {
      id: string;
      name: string | null;
      email: string;
      timeZone: string | null;
      /** Absent on sessions that tests build by hand: "AUTO". */
      timeFormat?: TimeFormatPreference;
    } & Omit<DefaultSession["user"], "name" | "email">;
  }
}
