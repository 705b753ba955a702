import { describe, expect, it } from "vitest";
import { createPractice, createUser } from "../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { signInHooks } from "./root";

describe("what signing in sets off", () => {
  it("links the bookings someone made as a guest to their account", async () => {
    const { practice } = await createPractice(prisma);
    const user = await createUser(prisma, { email: "guest.booker@example.com" });
    const guest = await prisma.client.create({
      data: { practiceId: practice.id, name: "Guest Booker", email: "guest.booker@example.com" },
    });

    for (const hook of signInHooks) await hook({ id: user.id, email: user.email });

    expect((await prisma.client.findUniqueOrThrow({ where: { id: guest.id } })).userId).toBe(user.id);
  });
});
