import { enqueueEmail, type QueuedEmail } from "~/server/email/outbox";
import { STAFF_ROLES } from "~/server/auth/roles";
import { prisma } from "~/server/db/client";

// System scope: the hourly digest reads every practice at once, so it uses the global client.
// Reviewed by hand: each query is keyed by the coach profiles it was given, one query per kind
// of row whatever the number of coaches.

export function findStaffCoaches() {
  return prisma.coachProfile.findMany({
    where: { membership: { removedAt: null, role: { in: [...STAFF_ROLES] } } },
    select: {
      id: true,
      practiceId: true,
      membershipId: true,
      displayName: true,
      timeZone: true,
      membership: { select: { user: { select: { email: true, name: true, timeZone: true, timeFormat: true } } } },
      practice: { select: { name: true, slug: true, brandColor: true, stalledAfterDays: true } },
    },
  });
}

/** Reflections clients shared with these coaches since `since`. */
export function findSharedReflectionsSince(coachProfileIds: string[], since: Date, until: Date) {
  return prisma.reflection.findMany({
    where: {
      project: { coachProfileId: { in: coachProfileIds } },
      status: { in: ["SUBMITTED", "REVIEWED"] },
      isPrivate: false,
      submittedAt: { gte: since, lt: until },
    },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      project: { select: { coachProfileId: true, client: { select: { name: true } } } },
      interview: { select: { contact: { select: { name: true } } } },
    },
  });
}

/** Active projects of these coaches quiet since before `before` (the digest applies each practice's threshold). */
export function findQuietProjects(coachProfileIds: string[], before: Date) {
  return prisma.project.findMany({
    where: { coachProfileId: { in: coachProfileIds }, status: "ACTIVE", lastActivityAt: { lt: before } },
    orderBy: { lastActivityAt: "asc" },
    select: { coachProfileId: true, lastActivityAt: true, clientId: true, client: { select: { name: true } } },
  });
}

export function findConfirmedSessions(coachProfileIds: string[], from: Date, until: Date) {
  return prisma.booking.findMany({
    where: { coachProfileId: { in: coachProfileIds }, status: "CONFIRMED", startAt: { gte: from, lt: until } },
    orderBy: { startAt: "asc" },
    select: { coachProfileId: true, startAt: true, client: { select: { name: true } } },
  });
}

/** Queues one digest on the global client (no practice transaction to join: nothing else changes). */
export function enqueueDigest(email: QueuedEmail<"weekly-digest">) {
  return enqueueEmail(prisma, email);
}
