"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { acceptInvitation } from "~/modules/practices/server/invitations.service";
import { sessionCookieName, sessionCookieOptions } from "~/server/auth/session-cookie";
import { systemClock } from "~/server/clock";
import { AppError } from "~/server/errors";

export async function acceptInvitationAction(
  _previous: { error?: string },
  form: FormData,
): Promise<{ error?: string }> {
  try {
    const accepted = await acceptInvitation(String(form.get("token") ?? ""), systemClock.now());
    (await cookies()).set(
      sessionCookieName,
      accepted.session.sessionToken,
      sessionCookieOptions(accepted.session.expires),
    );
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  // The sign-in landing rule (/app) takes a client with a project straight into it.
  redirect("/app");
}
