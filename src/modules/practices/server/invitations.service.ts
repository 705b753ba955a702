import { hashToken } from "~/lib/tokens";
import { assertInvitationCanBeAccepted, COACH_SEATS_LOCK } from "~/modules/billing/server/plan-guard";
import { queueSeatSync } from "~/modules/billing/server/seat-sync";
import { linkGuestBookings } from "~/modules/bookings/server/client-link.service";
import { secondFactorStepAfterEmail } from "~/modules/second-factor/server/second-factor-sign-in.service";
import { createDatabaseSession } from "~/server/auth/session.system.repo";
import { AppError } from "~/server/errors";
import { INVITATION_PROBLEMS, invitationState } from "../domain/invitations";
import { claimInvitation, findInvitationByTokenHash } from "./invitations.system.repo";

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

export async function describeInvitation(token: string, now: Date) {
  if (!TOKEN_SHAPE.test(token)) return null;
  const invitation = await findInvitationByTokenHash(hashToken(token));
  if (!invitation) return null;
  return { invitation, state: invitationState(invitation, now) };
}

/**
 * Accepting proves the address (the token was emailed there), so it also signs the invitee in, at `landingFor` the
 * practice. An invitation is an emailed link like any other: a person with a second factor gets no session here, but
 * the second-factor page (`secondFactorPath`), which opens it once the factor passes and then goes on to the landing.
 */
export async function acceptInvitation(
  token: string,
  now: Date,
  landingFor: (practiceSlug: string) => string = () => "/app",
) {
  const found = await describeInvitation(token, now);
  if (!found)
    throw new AppError("NOT_FOUND", "This invitation link is not valid. Check that you copied the whole link.");
  if (found.state !== "pending") throw new AppError("CONFLICT", INVITATION_PROBLEMS[found.state]);
  const { invitation } = found;
  const claimed = await claimInvitation({
    invitationId: invitation.id,
    practiceId: invitation.practice.id,
    email: invitation.email,
    role: invitation.role,
    now,
    // The plan may have changed since the invitation was sent (lapsed, or the free coach seat taken).
    lock: COACH_SEATS_LOCK,
    admit: (facts) => assertInvitationCanBeAccepted(invitation.role, facts),
    // Seats follow membership, through a retried job: a Stripe hiccup neither undoes the
    // acceptance nor leaves the subscription a seat short.
    queueJobs: (jobs) =>
      queueSeatSync(jobs, {
        practiceId: invitation.practice.id,
        delta: invitation.role === "COACH" ? 1 : 0,
        key: `invitation-${invitation.id}`,
      }),
  });
  if (!claimed) throw new AppError("CONFLICT", INVITATION_PROBLEMS.accepted);
  await linkGuestBookings({ id: claimed.user.id, email: claimed.user.email });
  const practiceSlug = invitation.practice.slug;
  const landing = landingFor(practiceSlug);
  const secondFactorPath = await secondFactorStepAfterEmail(claimed.user, landing, now);
  if (secondFactorPath) return { practiceSlug, landing, secondFactorPath, session: null };
  return { practiceSlug, landing, secondFactorPath: null, session: await createDatabaseSession(claimed.user.id, now) };
}
