import { describe, expect, it } from "vitest";
import { createPractice } from "../../../prisma/factories";
import { countSqlStatements } from "../../../scripts/lib/sql-statements";
import { expectTRPCError } from "~/test/callers";
import { prisma } from "~/server/db/client";
import { createCaller } from "./root";
import { createTRPCContext } from "./trpc";

// A page's layout, the page and its banner all ask about the same practice in one request: the caller's membership
// is read once for them, and afresh for anything that writes.
describe("the caller's membership within one request", () => {
  async function ownerRequest() {
    const { practice, owner } = await createPractice(prisma);
    const session = {
      user: { id: owner.id, email: owner.email, name: owner.name, timeZone: null },
      expires: "2099-01-01",
    };
    const oneRequest = createCaller(await createTRPCContext({ headers: new Headers(), session }));
    const freshRequest = () => createCaller(() => createTRPCContext({ headers: new Headers(), session }));
    return { practice, owner, oneRequest, freshRequest };
  }

  it("is read once for several queries of the same practice", async () => {
    const { practice, oneRequest, freshRequest } = await ownerRequest();
    const alone = await countSqlStatements(() => freshRequest().practices.get({ practiceSlug: practice.slug }));
    const twice = await countSqlStatements(async () => {
      await oneRequest.practices.get({ practiceSlug: practice.slug });
      await oneRequest.practices.get({ practiceSlug: practice.slug });
    });
    expect(twice.statements).toBe(2 * alone.statements - 1);
  });

  it("is read afresh for a mutation, so a membership ended meanwhile cannot write", async () => {
    const { practice, owner, oneRequest } = await ownerRequest();
    const before = await oneRequest.practices.get({ practiceSlug: practice.slug });
    await prisma.membership.updateMany({
      where: { practiceId: practice.id, userId: owner.id },
      data: { removedAt: new Date() },
    });
    await expectTRPCError(
      oneRequest.practices.update({
        practiceSlug: practice.slug,
        name: "Renamed",
        timeZone: before.timeZone,
        brandColor: "#0f766e",
        logoUrl: "",
      }),
      "NOT_FOUND",
    );
  });
});
