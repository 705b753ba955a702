import type { Role } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

const memberSelect = {
  id: true,
  role: true,
  createdAt: true,
  removedAt: true,
  user: { select: { id: true, name: true, email: true, timeZone: true } },
} as const;

export function listMembers(db: TenantDb, options: { includeRemoved: boolean }) {
  return db.membership.findMany({
    where: options.includeRemoved ? {} : { removedAt: null },
    select: memberSelect,
    orderBy: [{ removedAt: { sort: "desc", nulls: "first" } }, { createdAt: "asc" }],
  });
}

export function findMembership(db: TenantDb, membershipId: string) {
  return db.membership.findFirst({ where: { id: membershipId }, select: memberSelect });
}

export function findMembershipByEmail(db: TenantDb, email: string) {
  return db.membership.findFirst({ where: { user: { email } }, select: memberSelect });
}

export function findMembershipsOfUsers(db: TenantDb, userIds: readonly string[]) {
  return db.membership.findMany({
    where: { userId: { in: [...userIds] } },
    select: { id: true, userId: true, role: true, removedAt: true },
  });
}

export function createClientMemberships(db: TenantDb, userIds: readonly string[]) {
  return db.membership.createMany({
    data: userIds.map((userId) => ({ userId, role: "CLIENT" as const, practiceId: db.practiceId })),
    skipDuplicates: true,
  });
}

/** Removed members come back as clients: removal kept their rows, so their history stays theirs. */
export function restoreAsClients(db: TenantDb, membershipIds: readonly string[]) {
  return db.membership.updateMany({
    where: { id: { in: [...membershipIds] } },
    data: { role: "CLIENT", removedAt: null, removedById: null },
  });
}

/** Many invitations with one expiry: sign-in links for clients let in together. */
export function createInvitations(
  db: TenantDb,
  invitations: ReadonlyArray<{ email: string; role: Role; tokenHash: string }>,
  common: { invitedById: string; expiresAt: Date },
) {
  return db.invitation.createMany({
    data: invitations.map((invitation) => ({
      email: invitation.email,
      role: invitation.role,
      tokenHash: invitation.tokenHash,
      invitedById: common.invitedById,
      expiresAt: common.expiresAt,
      practiceId: db.practiceId,
    })),
  });
}

export function countActiveOwners(db: TenantDb) {
  return db.membership.count({ where: { role: "OWNER", removedAt: null } });
}

export function updateMemberRole(db: TenantDb, membershipId: string, role: Role) {
  return db.membership.update({ where: { id: membershipId }, data: { role }, select: memberSelect });
}

export function markMemberRemoved(db: TenantDb, membershipId: string, removedById: string, at: Date) {
  return db.membership.update({
    where: { id: membershipId },
    data: { removedAt: at, removedById },
    select: memberSelect,
  });
}

const invitationSelect = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  createdAt: true,
  acceptedAt: true,
  revokedAt: true,
  invitedBy: { select: { name: true, email: true } },
} as const;

export function listOpenInvitations(db: TenantDb, now: Date) {
  return db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: invitationSelect,
    orderBy: { createdAt: "desc" },
  });
}

export function findInvitation(db: TenantDb, invitationId: string) {
  return db.invitation.findFirst({ where: { id: invitationId }, select: invitationSelect });
}

export function createInvitation(
  db: TenantDb,
  data: { email: string; role: Role; tokenHash: string; invitedById: string; expiresAt: Date },
) {
  return db.invitation.create({ data: { ...data, practiceId: db.practiceId }, select: invitationSelect });
}

/** A newer invitation to the same address replaces older open ones. */
export function revokeOpenInvitationsFor(db: TenantDb, email: string, at: Date) {
  return db.invitation.updateMany({ where: { email, acceptedAt: null, revokedAt: null }, data: { revokedAt: at } });
}

export function revokeInvitation(db: TenantDb, invitationId: string, at: Date) {
  return db.invitation.update({ where: { id: invitationId }, data: { revokedAt: at }, select: invitationSelect });
}

export function updateInvitationToken(db: TenantDb, invitationId: string, tokenHash: string, expiresAt: Date) {
  return db.invitation.update({
    where: { id: invitationId },
    data: { tokenHash, expiresAt },
    select: invitationSelect,
  });
}

export function updateStaffSecondFactorRequirement(db: TenantDb, required: boolean) {
  return db.practice.update({ where: { id: db.practiceId }, data: { requireStaffSecondFactor: required } });
}

export function updatePracticeSettings(
  db: TenantDb,
  data: { name: string; timeZone: string; brandColor: string; logoUrl: string | null },
) {
  return db.practice.update({ where: { id: db.practiceId }, data });
}
