import { describe, expect, it } from "vitest";
import { addMember, createClient, createPractice, createUser } from "../../../../prisma/factories";
import { callerFor } from "~/test/callers";
import { prisma } from "~/server/db/client";

describe("the audit log", () => {
  it("reads each change as a sentence naming who did it and to whom, as they are named today", async () => {
    const owner = await createUser(prisma, { name: "Sam Okafor" });
    const { practice } = await createPractice(prisma, { owner });
    const jordan = await addMember(prisma, practice.id, "CLIENT", await createUser(prisma, { name: "Jordan Lee" }));
    const leaving = await addMember(prisma, practice.id, "CLIENT", await createUser(prisma, { name: "Alex Kim" }));
    const priya = await createClient(prisma, practice.id, { name: "Priya Raman", status: "ACTIVE" });
    const api = callerFor(owner);
    const practiceSlug = practice.slug;

    await api.clients.addNote({ practiceSlug, clientId: priya.id, body: "Ready to reach out." });
    await api.members.changeRole({ practiceSlug, membershipId: jordan.membership.id, role: "COACH" });
    await api.members.remove({ practiceSlug, membershipId: leaving.membership.id });
    await prisma.client.update({ where: { id: priya.id }, data: { name: "Priya R. Shah" } });

    const page = await api.members.auditLog({ practiceSlug, limit: 10 });
    expect(page.items.map((item) => item.sentence)).toEqual([
      "Sam Okafor removed Alex Kim from the practice.",
      "Sam Okafor changed Jordan Lee's role to Coach.",
      "Sam Okafor added a note on Priya R. Shah.",
    ]);
    expect(JSON.stringify(page)).not.toContain("members.changeRole");
  });
});
