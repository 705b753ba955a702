import type { z } from "zod";
import { env } from "~/env";
import { formatInstant } from "~/lib/time-zones";
import { generateToken, hashToken } from "~/lib/tokens";
import { gateInvitation, withCoachSeats } from "~/modules/billing/server/member-gates";
import { enqueueEmail } from "~/server/email/outbox";
import { fromPractice } from "~/server/email/sender";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError, notFound } from "~/server/errors";
import { isAdminRole } from "~/server/auth/roles";
import { describeAuditEvent } from "../domain/audit-labels";
import { invitationExpiry, invitationState } from "../domain/invitations";
import {
  ROLE_LABELS,
  assignableRoles,
  canChangeRole,
  canInvite,
  canRemoveMember,
  type RuleResult,
} from "../domain/roles";
import type { changeRoleInput, inviteMemberInput } from "../schemas";
import * as auditRepo from "./audit-log.repo";
import * as repo from "./members.repo";

function enforce(rule: RuleResult) {
  if (!rule.ok) throw new AppError("FORBIDDEN", rule.reason);
}

export async function listMembers(ctx: TenantContext) {
  const admin = isAdminRole(ctx.membership.role);
  const [members, invitations] = await Promise.all([
    repo.listMembers(ctx.db, { includeRemoved: admin }),
    admin ? repo.listOpenInvitations(ctx.db, ctx.clock.now()) : Promise.resolve([]),
  ]);
  return {
    members: members.map((member) => ({ ...member, isYou: member.user.id === ctx.actor.userId })),
    invitations,
    assignableRoles: assignableRoles(ctx.membership.role),
  };
}

function queueInvitationEmail(
  ctx: TenantContext,
  invitation: { id: string; email: string; role: z.infer<typeof inviteMemberInput>["role"]; expiresAt: Date },
  token: string,
) {
  const { practice, actor } = ctx;
  return enqueueEmail(ctx.db, {
    template: "invitation",
    to: invitation.email,
    // Each link is its own event: a re-sent invitation has a new token, and so a new email.
    dedupeKey: `invitation:${invitation.id}:${hashToken(token).slice(0, 16)}`,
    practiceId: practice.id,
    fromName: fromPractice(practice.name),
    // "Who is this?" reaches the person who invited them.
    replyTo: actor.email,
    props: {
      practiceName: practice.name,
      inviterName: actor.name ?? actor.email,
      role: invitation.role,
      acceptUrl: new URL(`/invite/${token}`, env.APP_URL).toString(),
      expiresAt: formatInstant(invitation.expiresAt, practice.timeZone),
      brandColor: practice.brandColor,
    },
  });
}

export async function inviteMember(ctx: TenantContext, input: z.infer<typeof inviteMemberInput>) {
  enforce(canInvite(ctx.membership.role, input.role));
  await gateInvitation(ctx, input.role);
  const existing = await repo.findMembershipByEmail(ctx.db, input.email);
  if (existing && !existing.removedAt) {
    throw new AppError("CONFLICT", `${input.email} is already a member of this practice.`, {
      email: "Already a member of this practice.",
    });
  }
  const now = ctx.clock.now();
  await repo.revokeOpenInvitationsFor(ctx.db, input.email, now);
  const token = generateToken();
  const invitation = await repo.createInvitation(ctx.db, {
    email: input.email,
    role: input.role,
    tokenHash: hashToken(token),
    invitedById: ctx.actor.userId,
    expiresAt: invitationExpiry(now),
  });
  await queueInvitationEmail(ctx, invitation, token);
  return invitation;
}

/**
 * Lets clients of the practice in, in the caller's transaction: a CLIENT membership each,
 * created, or restored for someone who was removed. Someone on the practice's staff is refused:
 * what a member sees follows their one role in a practice, so a coach cannot also be a client
 * of their own. Answers the users who got access just now (and so should hear about it).
 */
export async function admitClientMembers(
  ctx: TenantContext,
  people: ReadonlyArray<{ userId: string; email: string }>,
): Promise<Set<string>> {
  const userIds = people.map((person) => person.userId);
  const existing = await repo.findMembershipsOfUsers(ctx.db, userIds);
  const staff = existing.find((membership) => !membership.removedAt && membership.role !== "CLIENT");
  if (staff) {
    const email = people.find((person) => person.userId === staff.userId)!.email;
    const message = `${email} already works in this practice (${ROLE_LABELS[staff.role].toLowerCase()}), so they can't also be one of its clients.`;
    throw new AppError("CONFLICT", message, { email: message });
  }
  const removed = existing.filter((membership) => membership.removedAt);
  const members = new Set(existing.map((membership) => membership.userId));
  const newcomers = userIds.filter((userId) => !members.has(userId));
  if (removed.length > 0) {
    await repo.restoreAsClients(
      ctx.db,
      removed.map((membership) => membership.id),
    );
  }
  if (newcomers.length > 0) await repo.createClientMemberships(ctx.db, newcomers);
  return new Set([...removed.map((membership) => membership.userId), ...newcomers]);
}

/**
 * Links that sign clients in once and open `landingPath` (a page of this practice): CLIENT
 * invitations, so they have the invitation's lifetime, single use and hashed token, accepted
 * on the page /signin/welcome. Older links to an address stay valid until used or expired: a
 * welcome and a project email can arrive minutes apart, and whichever is opened should work.
 */
export async function createClientSignInLinks(ctx: TenantContext, emails: readonly string[], landingPath: string) {
  const expiresAt = invitationExpiry(ctx.clock.now());
  const tokens = emails.map((email) => ({ email, token: generateToken() }));
  await repo.createInvitations(
    ctx.db,
    tokens.map(({ email, token }) => ({ email, role: "CLIENT", tokenHash: hashToken(token) })),
    { invitedById: ctx.actor.userId, expiresAt },
  );
  const urlOf = (token: string) => {
    const url = new URL(`/signin/welcome/${token}`, env.APP_URL);
    url.searchParams.set("next", landingPath);
    return url.toString();
  };
  return { expiresAt, urls: new Map(tokens.map(({ email, token }) => [email, urlOf(token)])) };
}

async function findPendingInvitation(ctx: TenantContext, invitationId: string) {
  const invitation = await repo.findInvitation(ctx.db, invitationId);
  if (!invitation || invitationState(invitation, ctx.clock.now()) === "accepted") throw notFound("That invitation");
  return invitation;
}

export async function resendInvitation(ctx: TenantContext, invitationId: string) {
  const invitation = await findPendingInvitation(ctx, invitationId);
  if (invitation.revokedAt) throw notFound("That invitation");
  enforce(canInvite(ctx.membership.role, invitation.role));
  const token = generateToken();
  const updated = await repo.updateInvitationToken(
    ctx.db,
    invitation.id,
    hashToken(token),
    invitationExpiry(ctx.clock.now()),
  );
  await queueInvitationEmail(ctx, updated, token);
  return updated;
}

export async function revokeInvitation(ctx: TenantContext, invitationId: string) {
  const invitation = await findPendingInvitation(ctx, invitationId);
  enforce(canInvite(ctx.membership.role, invitation.role));
  return repo.revokeInvitation(ctx.db, invitation.id, ctx.clock.now());
}

async function memberFacts(ctx: TenantContext, membershipId: string) {
  const target = await repo.findMembership(ctx.db, membershipId);
  if (!target || target.removedAt) throw notFound("That member");
  return {
    target,
    facts: {
      actorRole: ctx.membership.role,
      actorIsTarget: target.id === ctx.membership.id,
      targetRole: target.role,
      activeOwnerCount: await repo.countActiveOwners(ctx.db),
    },
  };
}

/** A coach takes a paid seat, so the plan's gates (billing member-gates) wrap role changes and removals. */
export function changeMemberRole(ctx: TenantContext, input: z.infer<typeof changeRoleInput>) {
  return withCoachSeats(ctx, input.membershipId, input.role, async () => {
    const { target, facts } = await memberFacts(ctx, input.membershipId);
    enforce(canChangeRole({ ...facts, newRole: input.role }));
    if (target.role === input.role) return target;
    return repo.updateMemberRole(ctx.db, target.id, input.role);
  });
}

/** Removal keeps the membership row (and so the person's history); access ends on their next request. */
export function removeMember(ctx: TenantContext, membershipId: string) {
  return withCoachSeats(ctx, membershipId, null, async () => {
    const { target, facts } = await memberFacts(ctx, membershipId);
    enforce(canRemoveMember(facts));
    return repo.markMemberRemoved(ctx.db, target.id, ctx.actor.userId, ctx.clock.now());
  });
}

type AuditRow = Awaited<ReturnType<typeof auditRepo.listAuditEvents>>[number];
type TargetNames = Awaited<ReturnType<typeof auditRepo.findAuditTargetNames>>;

function auditSentence(row: AuditRow, names: TargetNames): string {
  const { actor, actorUserId, targetType, targetId, data } = row;
  return describeAuditEvent({
    action: row.action,
    actor: actorUserId ? { userId: actorUserId, name: actor?.name ?? actor?.email ?? "Someone" } : null,
    target: targetType && targetId ? (names.get(auditRepo.targetKey(targetType, targetId)) ?? null) : null,
    data: data && typeof data === "object" && !Array.isArray(data) ? data : {},
  });
}

/** A page of the audit log, newest first, each row as the sentence an owner reads. */
export async function listAuditLog(ctx: TenantContext, page: { cursor?: string | null; limit: number }) {
  const rows = await auditRepo.listAuditEvents(ctx.db, page);
  const hasMore = rows.length > page.limit;
  const shown = hasMore ? rows.slice(0, page.limit) : rows;
  const names = await auditRepo.findAuditTargetNames(ctx.db, shown);
  const items = shown.map((row) => ({ id: row.id, createdAt: row.createdAt, sentence: auditSentence(row, names) }));
  return { items, nextCursor: hasMore ? (shown.at(-1)?.id ?? null) : null };
}
