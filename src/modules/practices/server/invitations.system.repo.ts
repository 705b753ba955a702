import { writeAuditEvent } from "~/server/audit/audit-log";
import { prisma } from "~/server/db/client";
import type { Role } from "~/server/db/client";
import { lockPracticeScope } from "~/server/db/tenant";
import { jobQueueOf, type JobQueue } from "~/server/jobs/jobs";

// Invitations are opened by token before the invitee belongs to the practice, so this
// lookup cannot go through the tenant data layer; the token hash is the capability.

export function findInvitationByTokenHash(tokenHash: string) {
  return prisma.invitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      acceptedById: true,
      revokedAt: true,
      practice: { select: { id: true, slug: true, name: true, brandColor: true, logoUrl: true } },
      invitedBy: { select: { name: true, email: true } },
    },
  });
}

/**
 * Claims the invitation (once: the conditional update is the lock), makes sure the user
 * exists, and adds or restores the membership — all in one transaction. `admit` sees the
 * plan's facts under `lock` (the lock member procedures take before counting coaches), so
 * acceptances at the same moment are counted one after another, and may refuse by throwing.
 * `queueJobs` writes the jobs the new membership needs in the same transaction.
 */
export async function claimInvitation(input: {
  invitationId: string;
  practiceId: string;
  email: string;
  role: Role;
  now: Date;
  lock: string;
  admit: (facts: { subscriptionStatus: string | null; coachesInUse: number }) => void;
  queueJobs: (jobs: JobQueue) => Promise<void>;
}) {
  return prisma.$transaction(async (tx) => {
    await lockPracticeScope(tx, input.practiceId, input.lock);
    const [subscription, coachesInUse] = await Promise.all([
      tx.practiceSubscription.findUnique({ where: { practiceId: input.practiceId }, select: { status: true } }),
      tx.membership.count({ where: { practiceId: input.practiceId, role: "COACH", removedAt: null } }),
    ]);
    input.admit({ subscriptionStatus: subscription?.status ?? null, coachesInUse });
    const claimed = await tx.invitation.updateMany({
      where: { id: input.invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: input.now } },
      data: { acceptedAt: input.now },
    });
    if (claimed.count !== 1) return null;
    const user = await tx.user.upsert({
      where: { email: input.email },
      create: { email: input.email, emailVerified: input.now },
      update: {},
    });
    if (!user.emailVerified) await tx.user.update({ where: { id: user.id }, data: { emailVerified: input.now } });
    const membership = await tx.membership.upsert({
      where: { practiceId_userId: { practiceId: input.practiceId, userId: user.id } },
      create: { practiceId: input.practiceId, userId: user.id, role: input.role },
      update: { role: input.role, removedAt: null, removedById: null },
    });
    await tx.invitation.update({ where: { id: input.invitationId }, data: { acceptedById: user.id } });
    await writeAuditEvent(tx, {
      practiceId: input.practiceId,
      actorUserId: user.id,
      action: "invitations.accept",
      target: { type: "invitation", id: input.invitationId },
      facts: { role: input.role, membershipId: membership.id },
    });
    await input.queueJobs(jobQueueOf(tx));
    return { user, membership };
  });
}
