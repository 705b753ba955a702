import { describe, expect, it } from "vitest";
import { createPractice } from "../../../prisma/factories";
import { countSqlStatements } from "../../../scripts/lib/sql-statements";
import { prisma } from "./client";
import { withLazyTransaction } from "./lazy-transaction";
import { tenantDb } from "./tenant";

describe("a read's lazily opened transaction", () => {
  it("sends nothing when the read never queries", async () => {
    const { practice } = await createPractice(prisma);
    const { result, statements } = await countSqlStatements(() =>
      withLazyTransaction(tenantDb(practice.id), async (tx) => tx.practiceId),
    );
    expect(result).toBe(practice.id);
    expect(statements).toBe(0);
  });

  it("opens one transaction for all the queries, with the practice set once for row-level security", async () => {
    const { practice, owner } = await createPractice(prisma);
    const { result, statements } = await countSqlStatements(() =>
      withLazyTransaction(tenantDb(practice.id), async (tx) => {
        const memberships = await tx.membership.findMany({ select: { userId: true } });
        const name = await tx.practice.findUnique({ where: { id: practice.id }, select: { name: true } });
        const nested = await tx.$transaction((inner) => inner.membership.count());
        return { memberships, name, nested };
      }),
    );
    expect(result).toEqual({ memberships: [{ userId: owner.id }], name: { name: practice.name }, nested: 1 });
    // BEGIN, the setting, three queries, COMMIT.
    expect(statements).toBe(6);
  });

  it("ends its transaction when the read fails, so failing reads do not drain the pool", async () => {
    const { practice } = await createPractice(prisma);
    // More failures than the pool has connections (10): a transaction left open would make the last ones wait out.
    for (let attempt = 0; attempt < 12; attempt++) {
      await expect(
        withLazyTransaction(tenantDb(practice.id), async (tx) => {
          await tx.membership.count();
          throw new Error("the handler failed");
        }),
      ).rejects.toThrow("the handler failed");
    }
    await expect(withLazyTransaction(tenantDb(practice.id), (tx) => tx.membership.count())).resolves.toBe(1);
  });
});
