import { describe, expect, it } from "vitest";
import { addMember, createPractice } from "../../../prisma/factories";
import { prisma } from "./client";
import { tenantDb } from "./tenant";

describe("tenant data layer", () => {
  it("pins every query and write to its practice", async () => {
    const a = await createPractice(prisma);
    const b = await createPractice(prisma);
    const bCoach = await addMember(prisma, b.practice.id, "COACH");
    const db = tenantDb(a.practice.id);

    const visible = await db.membership.findMany({});
    expect(visible.map((m) => m.practiceId)).toEqual([a.practice.id]);
    // Asking for B's row by id, even naming B's practiceId, finds nothing.
    expect(
      await db.membership.findFirst({ where: { id: bCoach.membership.id, practiceId: b.practice.id } }),
    ).toBeNull();
    expect(await db.membership.findUnique({ where: { id: bCoach.membership.id } })).toBeNull();
    await expect(
      db.membership.update({ where: { id: bCoach.membership.id }, data: { role: "CLIENT" } }),
    ).rejects.toThrow();
    expect((await db.membership.updateMany({ where: {}, data: { role: "ADMIN" } })).count).toBe(1);
    expect((await prisma.membership.findUniqueOrThrow({ where: { id: bCoach.membership.id } })).role).toBe("COACH");

    // A create that names another practice is written to this one.
    const event = await db.auditEvent.create({ data: { practiceId: b.practice.id, action: "test" } });
    expect(event.practiceId).toBe(a.practice.id);
    // Nor can one of B's rows anchor a page of A's.
    expect(await db.membership.findMany({ cursor: { id: bCoach.membership.id }, take: 5 })).toEqual([]);
    // The practice row itself is this practice and no other.
    expect((await db.practice.findFirst({ where: { id: b.practice.id } }))?.id).toBeUndefined();
    expect((await db.practice.findFirst({}))?.id).toBe(a.practice.id);
  });

  it("keeps the scope inside transactions and refuses non-tenant models", async () => {
    const a = await createPractice(prisma);
    const b = await createPractice(prisma);
    const db = tenantDb(a.practice.id);
    const count = await db.$transaction(async (tx) => tx.membership.count({}));
    expect(count).toBe(1);
    const inTx = await db.$transaction((tx) => tx.membership.findMany({ where: { practiceId: b.practice.id } }));
    expect(inTx).toEqual([]);
    const raw = db as unknown as { user?: { findMany: () => Promise<unknown> } };
    expect(raw.user).toBeUndefined();
  });

  it("rolls back the whole transaction on error", async () => {
    const a = await createPractice(prisma);
    const db = tenantDb(a.practice.id);
    await expect(
      db.$transaction(async (tx) => {
        await tx.auditEvent.create({ data: { practiceId: a.practice.id, action: "will-roll-back" } });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await prisma.auditEvent.count({ where: { action: "will-roll-back" } })).toBe(0);
  });

  it("queues transactions behind a $lock of the same scope in the same practice, and no others", async () => {
    const a = await createPractice(prisma);
    const b = await createPractice(prisma);
    const events: string[] = [];
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstLocked!: () => void;
    const locked = new Promise<void>((resolve) => (firstLocked = resolve));

    const first = tenantDb(a.practice.id).$transaction(async (tx) => {
      await tx.$lock("seats");
      events.push("first locked");
      firstLocked();
      await firstHolds;
      events.push("first done");
    });
    await locked;
    const second = tenantDb(a.practice.id).$transaction(async (tx) => {
      await tx.$lock("seats");
      events.push("second locked");
    });
    // Another practice's lock of the same name, and another scope here, do not wait.
    await tenantDb(b.practice.id).$transaction((tx) => tx.$lock("seats"));
    await tenantDb(a.practice.id).$transaction((tx) => tx.$lock("other"));
    events.push("others passed");
    releaseFirst();
    await Promise.all([first, second]);

    expect(events).toEqual(["first locked", "others passed", "first done", "second locked"]);
    await expect(tenantDb(a.practice.id).$lock("seats")).rejects.toThrow(/only inside \$transaction/);
  });
});
