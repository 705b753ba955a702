import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { env } from "~/env";
import { prisma } from "~/server/db/client";

// The outbox's wake-up trigger (migrations *_email_outbox_wakeup*): a worker LISTENs on
// "email_outbox" and must hear about every email that is due when its transaction commits.
describe("outbox wake-up notification", () => {
  async function notificationsDuring(write: () => Promise<unknown>) {
    const listener = new Client({ connectionString: env.DATABASE_URL });
    await listener.connect();
    const heard: string[] = [];
    listener.on("notification", (message) => heard.push(message.payload ?? ""));
    await listener.query("LISTEN email_outbox");
    try {
      await write();
      await new Promise((resolve) => setTimeout(resolve, 300)); // delivery after commit is asynchronous
      return heard;
    } finally {
      await listener.end();
    }
  }

  it("fires for an email queued late in a long transaction (due by the clock, not by the transaction's start)", async () => {
    const heard = await notificationsDuring(() =>
      prisma.$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT pg_sleep(1.5)`;
          await tx.emailMessage.create({
            data: { dedupeKey: "late-in-tx", template: "sign-in", to: "a@example.com", data: {}, runAt: new Date() },
          });
        },
        { timeout: 10_000 },
      ),
    );
    const email = await prisma.emailMessage.findUniqueOrThrow({ where: { dedupeKey: "late-in-tx" } });
    expect(heard).toEqual([email.id]);
  });

  it("stays quiet for an email due later (a reminder) and for a rolled-back one", async () => {
    const heard = await notificationsDuring(async () => {
      await prisma.emailMessage.create({
        data: {
          dedupeKey: "tomorrow",
          template: "sign-in",
          to: "b@example.com",
          data: {},
          runAt: new Date(Date.now() + 86_400_000),
        },
      });
      await prisma
        .$transaction(async (tx) => {
          await tx.emailMessage.create({
            data: { dedupeKey: "rolled-back", template: "sign-in", to: "c@example.com", data: {} },
          });
          throw new Error("roll back");
        })
        .catch(() => undefined);
    });
    expect(heard).toEqual([]);
  });
});
