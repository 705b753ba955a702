"use server";

import { redirect } from "next/navigation";
import { acceptInvitation } from "~/modules/practices/server/invitations.service";
import { openAcceptedSession } from "~/modules/practices/server/accepted-session";
import { systemClock } from "~/server/clock";
import { AppError } from "~/server/errors";

export async function acceptInvitationAction(
  _previous: { error?: string },
  form: FormData,
): Promise<{ error?: string }> {
  let next: string;
  try {
    // The sign-in landing rule (/app) takes a client with a project straight into it.
    const accepted = await acceptInvitation(String(form.get("token") ?? ""), systemClock.now());
    next = await openAcceptedSession(accepted);
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  redirect(next);
}
