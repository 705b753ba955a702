"use server";

import { redirect } from "next/navigation";
import { welcomeLanding } from "~/modules/clients/domain/sign-in-landing";
import { openAcceptedSession } from "~/modules/practices/server/accepted-session";
import { acceptInvitation } from "~/modules/practices/server/invitations.service";
import { systemClock } from "~/server/clock";
import { AppError } from "~/server/errors";

/** The button on the emailed welcome link: uses the one-time link, signs the client in and opens the page it named. */
export async function acceptWelcomeAction(_previous: { error?: string }, form: FormData): Promise<{ error?: string }> {
  let landing: string;
  try {
    const accepted = await acceptInvitation(String(form.get("token") ?? ""), systemClock.now(), (practiceSlug) =>
      welcomeLanding(String(form.get("next") ?? ""), practiceSlug),
    );
    landing = await openAcceptedSession(accepted);
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  redirect(landing);
}
