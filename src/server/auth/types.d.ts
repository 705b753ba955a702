import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string | null; email: string; timeZone: string | null } & Omit<
      DefaultSession["user"],
      "name" | "email"
    >;
  }
}
