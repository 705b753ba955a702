import { ALL_ROLES, isAdminRole, type Role } from "~/server/auth/roles";

export const ROLE_LABELS: Record<Role, string> = { OWNER: "Owner", ADMIN: "Admin", COACH: "Coach", CLIENT: "Client" };
export const ROLE_PLURALS: Record<Role, string> = {
  OWNER: "Owners",
  ADMIN: "Admins",
  COACH: "Coaches",
  CLIENT: "Clients",
};

export type RuleResult = { ok: true } | { ok: false; reason: string };
const ok: RuleResult = { ok: true };
const refuse = (reason: string): RuleResult => ({ ok: false, reason });

/** Roles an actor may hand out by invitation or role change: only an owner makes owners. */
export function assignableRoles(actor: Role): Role[] {
  if (actor === "OWNER") return [...ALL_ROLES];
  if (actor === "ADMIN") return ALL_ROLES.filter((role) => role !== "OWNER");
  return [];
}

export function canInvite(actor: Role, role: Role): RuleResult {
  if (!isAdminRole(actor)) return refuse("Only owners and admins can invite people.");
  if (!assignableRoles(actor).includes(role)) return refuse("Only an owner can invite another owner.");
  return ok;
}

interface MemberFacts {
  actorRole: Role;
  actorIsTarget: boolean;
  targetRole: Role;
  activeOwnerCount: number;
}

export function canChangeRole(facts: MemberFacts & { newRole: Role }): RuleResult {
  if (!isAdminRole(facts.actorRole)) return refuse("Only owners and admins can change roles.");
  if (facts.targetRole === "OWNER" && facts.actorRole !== "OWNER")
    return refuse("Only an owner can change another owner's role.");
  if (!assignableRoles(facts.actorRole).includes(facts.newRole))
    return refuse("Only an owner can make someone an owner.");
  if (facts.targetRole === "OWNER" && facts.newRole !== "OWNER" && facts.activeOwnerCount <= 1) {
    return refuse("A practice needs at least one owner. Make someone else an owner first.");
  }
  return ok;
}

export function canRemoveMember(facts: MemberFacts): RuleResult {
  if (!isAdminRole(facts.actorRole)) return refuse("Only owners and admins can remove members.");
  if (facts.targetRole === "OWNER" && facts.actorRole !== "OWNER") return refuse("Only an owner can remove an owner.");
  if (facts.targetRole === "OWNER" && facts.activeOwnerCount <= 1) {
    return refuse("A practice needs at least one owner. Make someone else an owner first.");
  }
  return ok;
}
