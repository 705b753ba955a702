import "server-only";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { createCaller } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";

const createContext = cache(async () => {
  const heads = new Headers(await headers());
  heads.set("x-trpc-source", "rsc");
  return createTRPCContext({ headers: heads });
});

/** The tRPC server-side caller for Server Components: same procedures, same checks. */
export const api = createCaller(createContext);

/**
 * Runs a server-side call for a page: NOT_FOUND becomes the 404 page, UNAUTHORIZED a
 * trip to sign-in, FORBIDDEN the 404 page too (a page you may not see does not exist for you).
 */
export async function loadOrNotFound<T>(call: () => Promise<T>, returnTo?: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof TRPCError) {
      // BAD_REQUEST: an id or cursor in the URL that no row could have (a NUL byte, 5 KB of text).
      if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN" || error.code === "BAD_REQUEST") notFound();
      if (error.code === "UNAUTHORIZED")
        redirect(returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : "/signin");
    }
    throw error;
  }
}
