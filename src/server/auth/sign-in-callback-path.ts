import { AsyncLocalStorage } from "node:async_hooks";
import { safeRelativePath } from "~/lib/safe-redirect";

// Auth.js hands its signIn callback the user but not the page the sign-in was going to; a person sent on to the
// second-factor page must still arrive there. The route handler records the callback's path for the request.
const callbackPaths = new AsyncLocalStorage<string>();

export function withSignInCallbackPath<T>(callbackUrl: string | null, run: () => T): T {
  return callbackPaths.run(safeRelativePath(callbackUrl), run);
}

export const signInCallbackPath = () => callbackPaths.getStore() ?? safeRelativePath(null);
