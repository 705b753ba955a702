"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { welcomeLanding } from "~/modules/clients/domain/sign-in-landing";
import { acceptInvitation } from "~/modules/practices/server/invitations.service";
import { sessionCookieName, sessionCookieOptions } from "~/server/auth/session-cookie";
import { systemClock } from "~/server/clock";
import { AppError } from "~/server/errors";

/** The button on the emailed welcome link: uses the one-time link, signs the client in and opens the page it named. */
export async function acceptWelcomeAction(_previous: { error?: string }, form: FormData): Promise<{ error?: string }> {
  let landing: string;
  try {
    const accepted = await acceptInvitation(String(form.get("token") ?? ""), systemClock.now());
    (await cookies()).set(
      sessionCookieName,
      accepted.session.sessionToken,
      sessionCookieOptions(accepted.session.expires),
    );
    landing = welcomeLanding(String(form.get("next") ?? ""), accepted.practiceSlug);
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  redirect(landing);
}
