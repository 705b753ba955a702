"use server";

import { signOut } from "./config";

/** The signed-in shell's "Sign out": Auth.js deletes this browser's session row, so it cannot be replayed. */
export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
