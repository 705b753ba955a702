import "server-only";
import { redirect } from "next/navigation";
import { auth } from "./config";

/** For pages: the signed-in user, or a trip to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string) {
  const session = await auth();
  if (!session?.user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return session.user;
}
