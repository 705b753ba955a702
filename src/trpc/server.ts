import "server-only";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { createCaller } from "~/server/api/root";
import { createTRPCContext, SECOND_FACTOR_REQUIRED_MESSAGE } from "~/server/api/trpc";

/** Where a staff member without a second factor goes when their practice requires one. */
export const SECOND_FACTOR_SETUP_PATH = "/profile/security?required=1#two-step";

const createContext = cache(async () => {
  const heads = new Headers(await headers());
  heads.set("x-trpc-source", "rsc");
  return createTRPCContext({ headers: heads });
});

/** The tRPC server-side caller for Server Components: same procedures, same checks. */
export const api = createCaller(createContext);

/**
 * Runs a server-side call for a page: NOT_FOUND becomes the 404 page, UNAUTHORIZED a
 * trip to sign-in, FORBIDDEN the 404 page too (a page you may not see does not exist for you), except the refusal of
 * a practice that requires a second factor, which sends the person to set one up.
 */
export async function loadOrNotFound<T>(call: () => Promise<T>, returnTo?: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "FORBIDDEN" && error.message === SECOND_FACTOR_REQUIRED_MESSAGE)
        redirect(SECOND_FACTOR_SETUP_PATH);
      // BAD_REQUEST: an id or cursor in the URL that no row could have (a NUL byte, 5 KB of text).
      if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN" || error.code === "BAD_REQUEST") notFound();
      if (error.code === "UNAUTHORIZED")
        redirect(returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : "/signin");
    }
    throw error;
  }
}
