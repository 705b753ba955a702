const INVITATION_VALID_DAYS = 7;

type InvitationState = "pending" | "accepted" | "revoked" | "expired";

interface InvitationFacts {
  acceptedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}

export function invitationState(invitation: InvitationFacts, now: Date): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}

export const INVITATION_PROBLEMS: Record<Exclude<InvitationState, "pending">, string> = {
  accepted: "This invitation has already been used. Sign in to reach the practice.",
  revoked: "This invitation was withdrawn by the practice. Ask them for a new one.",
  expired: "This invitation has expired. Ask the practice to send a new one.",
};
