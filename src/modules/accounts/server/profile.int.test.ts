import { describe, expect, it } from "vitest";
import { createUser } from "../../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { callerFor, expectTRPCError } from "~/test/callers";

describe("a person's clock setting", () => {
  it("starts automatic, keeps what they choose, and is left alone by a save that does not mention it", async () => {
    const user = await createUser(prisma, { name: "Priya", timeZone: "Asia/Kolkata" });
    const caller = callerFor(user);
    expect((await caller.profile.get()).timeFormat).toBe("AUTO");

    await caller.profile.update({ name: "Priya", timeZone: "Asia/Kolkata", timeFormat: "H12" });
    expect((await caller.profile.get()).timeFormat).toBe("H12");

    await caller.profile.update({ name: "Priya Raman", timeZone: "Asia/Kolkata" });
    expect(await caller.profile.get()).toMatchObject({ name: "Priya Raman", timeFormat: "H12" });
  });

  it("refuses a setting that is not one of the three", async () => {
    const caller = callerFor(await createUser(prisma));
    await expectTRPCError(
      caller.profile.update({ name: "Sam", timeZone: "UTC", timeFormat: "H13" as "H12" }),
      "BAD_REQUEST",
    );
  });
});
