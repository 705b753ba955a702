import "server-only";
import NextAuth from "next-auth";
import { cache } from "react";
import { authOptions } from "./auth-options";

const nextAuth = NextAuth(authOptions);

export const { handlers, signIn, signOut } = nextAuth;

/**
 * The request's session. Read once per server render however many layouts, pages, the tRPC caller and the reader's
 * locale ask: each read is a session lookup, and one that is due marks the session used.
 */
export const auth = cache(() => nextAuth.auth());
