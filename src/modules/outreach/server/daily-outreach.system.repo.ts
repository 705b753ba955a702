import { prisma } from "~/server/db/client";
import { enqueueEmail, type QueuedEmail } from "~/server/email/outbox";

// System scope (the hourly cron, across every practice): the global client, a fixed number of
// queries whatever the number of projects.

export function activeProjects() {
  return prisma.project.findMany({
    where: { status: "ACTIVE" },
    select: {
      id: true,
      practiceId: true,
      title: true,
      outreachGoalCount: true,
      outreachGoalPeriod: true,
      maxFollowUps: true,
      client: {
        select: { name: true, email: true, timeZone: true, user: { select: { email: true, timeZone: true } } },
      },
      practice: { select: { slug: true, name: true, brandColor: true, timeZone: true } },
      // The note speaks for the project's coach, and a reply reaches them.
      coach: { select: { displayName: true, membership: { select: { user: { select: { email: true } } } } } },
    },
  });
}

/** The contacts that can make something due: ones being followed up, and ones interviewed. */
export function contactsWithSomethingPending(projectIds: string[]) {
  return prisma.contact.findMany({
    where: {
      projectId: { in: projectIds },
      OR: [{ status: { in: ["CONTACTED", "FOLLOW_UP_DUE"] } }, { interviewedAt: { not: null } }],
    },
    select: {
      id: true,
      projectId: true,
      name: true,
      status: true,
      lastContactedAt: true,
      nextFollowUpOn: true,
      followUpCount: true,
      interviewedAt: true,
      thankedAt: true,
      referrerToldAt: true,
      referredBy: { select: { name: true } },
    },
  });
}

export function outreachSince(projectIds: string[], since: Date) {
  return prisma.outreachEvent.findMany({
    where: { projectId: { in: projectIds }, sentAt: { gte: since }, kind: { in: ["INITIAL", "FOLLOW_UP"] } },
    select: { projectId: true, contactId: true, kind: true, sentAt: true },
  });
}

export function queueOutreachDueEmail(email: QueuedEmail<"outreach-due">) {
  return enqueueEmail(prisma, email);
}
