import { describe, expect, it } from "vitest";
import { addMember, createClient, createPractice } from "../../../../prisma/factories";
import { hashToken } from "~/lib/tokens";
import { acceptInvitation } from "~/modules/practices/server/invitations.service";
import { prisma } from "~/server/db/client";
import { callerFor } from "~/test/callers";
import { FREE_PLAN } from "../domain/plans";

// Plan limits are count-then-write: ten attempts at the same moment must not all see the
// count before any of them wrote. Each test fires ten calls at once and expects the limit
// exactly. (e2e/security/limits.spec.ts does the same through the running server's routes.)

const settle = (calls: Array<Promise<unknown>>) => Promise.allSettled(calls);
const fulfilled = (results: PromiseSettledResult<unknown>[]) => results.filter((r) => r.status === "fulfilled").length;
const refusedForLimit = (results: PromiseSettledResult<unknown>[]) =>
  results.filter((r) => r.status === "rejected" && (r.reason as { code?: string }).code === "PAYMENT_REQUIRED").length;

describe("plan limits under concurrency", () => {
  it("activates exactly up to the free plan's client limit when ten activations race", async () => {
    const { practice, owner } = await createPractice(prisma);
    await createClient(prisma, practice.id, { status: "ACTIVE" });
    const leads = await Promise.all(Array.from({ length: 10 }, () => createClient(prisma, practice.id)));
    const api = callerFor(owner);

    const results = await settle(
      leads.map((lead) => api.clients.setStatus({ practiceSlug: practice.slug, clientId: lead.id, status: "ACTIVE" })),
    );

    expect(await prisma.client.count({ where: { practiceId: practice.id, status: "ACTIVE" } })).toBe(
      FREE_PLAN.activeClients,
    );
    expect(fulfilled(results)).toBe(FREE_PLAN.activeClients - 1);
    expect(refusedForLimit(results)).toBe(10 - (FREE_PLAN.activeClients - 1));
  });

  it("sends exactly one coach invitation on the free plan's single seat when ten race", async () => {
    const { practice, owner } = await createPractice(prisma);
    const api = callerFor(owner);

    const results = await settle(
      Array.from({ length: 10 }, (_, i) =>
        api.members.invite({ practiceSlug: practice.slug, email: `coach-${i}@example.com`, role: "COACH" }),
      ),
    );

    expect(fulfilled(results)).toBe(FREE_PLAN.coachSeats);
    expect(await prisma.invitation.count({ where: { practiceId: practice.id, role: "COACH", revokedAt: null } })).toBe(
      FREE_PLAN.coachSeats,
    );
  });

  it("lets exactly one of three coach invitations be accepted at once on the single free seat", async () => {
    const { practice, owner } = await createPractice(prisma);
    // Three invitations from before the practice was on the free plan's terms.
    const tokens = ["first", "second", "third"].map((word) => `invitation-token-${word}-${practice.id}`);
    await prisma.invitation.createMany({
      data: tokens.map((token, i) => ({
        practiceId: practice.id,
        email: `invited-${i}@example.com`,
        role: "COACH" as const,
        tokenHash: hashToken(token),
        invitedById: owner.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      })),
    });

    const results = await settle(tokens.map((token) => acceptInvitation(token, new Date())));

    expect(fulfilled(results)).toBe(1);
    expect(await prisma.membership.count({ where: { practiceId: practice.id, role: "COACH", removedAt: null } })).toBe(
      FREE_PLAN.coachSeats,
    );
    // The refused invitees keep their invitation: it can be accepted once the plan has room.
    expect(await prisma.invitation.count({ where: { practiceId: practice.id, acceptedAt: null } })).toBe(2);
  });

  it("does not let a race of role changes make more coaches than the free plan's seat", async () => {
    const { practice, owner } = await createPractice(prisma);
    const members = await Promise.all(Array.from({ length: 10 }, () => addMember(prisma, practice.id, "CLIENT")));
    const api = callerFor(owner);

    await settle(
      members.map(({ membership }) =>
        api.members.changeRole({ practiceSlug: practice.slug, membershipId: membership.id, role: "COACH" }),
      ),
    );

    expect(await prisma.membership.count({ where: { practiceId: practice.id, role: "COACH", removedAt: null } })).toBe(
      FREE_PLAN.coachSeats,
    );
  });
});
