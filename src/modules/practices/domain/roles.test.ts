import { describe, expect, it } from "vitest";
import { assignableRoles, canChangeRole, canInvite, canRemoveMember } from "./roles";
import { invitationExpiry, invitationState } from "./invitations";

describe("roles", () => {
  it("lets only owners hand out the owner role", () => {
    expect(assignableRoles("OWNER")).toContain("OWNER");
    expect(assignableRoles("ADMIN")).not.toContain("OWNER");
    expect(assignableRoles("COACH")).toEqual([]);
    expect(canInvite("ADMIN", "COACH").ok).toBe(true);
    expect(canInvite("ADMIN", "OWNER")).toEqual({ ok: false, reason: expect.stringMatching(/owner/) });
    expect(canInvite("COACH", "CLIENT").ok).toBe(false);
  });

  it("never leaves a practice without an owner", () => {
    const lastOwner = { actorRole: "OWNER", actorIsTarget: true, targetRole: "OWNER", activeOwnerCount: 1 } as const;
    expect(canChangeRole({ ...lastOwner, newRole: "ADMIN" }).ok).toBe(false);
    expect(canRemoveMember(lastOwner).ok).toBe(false);
    expect(canRemoveMember({ ...lastOwner, activeOwnerCount: 2 }).ok).toBe(true);
  });

  it("keeps admins away from owners", () => {
    const facts = { actorRole: "ADMIN", actorIsTarget: false, targetRole: "OWNER", activeOwnerCount: 2 } as const;
    expect(canRemoveMember(facts).ok).toBe(false);
    expect(canChangeRole({ ...facts, newRole: "COACH" }).ok).toBe(false);
    expect(canChangeRole({ ...facts, targetRole: "COACH", newRole: "CLIENT" }).ok).toBe(true);
  });
});

describe("invitation state", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  it("expires after a week and is single-use", () => {
    const fresh = { acceptedAt: null, revokedAt: null, expiresAt: invitationExpiry(now) };
    expect(invitationState(fresh, now)).toBe("pending");
    expect(invitationState(fresh, new Date("2026-11-30T10:00:00Z"))).toBe("expired");
    expect(invitationState({ ...fresh, acceptedAt: now }, now)).toBe("accepted");
    expect(invitationState({ ...fresh, revokedAt: now }, now)).toBe("revoked");
  });
});
