import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startMailCatcher } from "../../../scripts/lib/mail-catcher";
import { startWorkerProcess } from "../../../scripts/lib/worker-process";
import { env } from "~/env";
import { prisma } from "~/server/db/client";
import { readMailbox } from "~/server/email/mailbox";
import { enqueueEmail } from "~/server/email/outbox";
import { systemOutbox } from "~/server/email/outbox.system.repo";

// The real worker process (`npm run worker`), killed with SIGKILL in the middle of a batch.
// Being woken by NOTIFY, and keeping its LISTEN across a lost connection: listener.int.test.ts.

const BATCH = 20;
const LEASE_SECONDS = 2;
const dir = mkdtempSync(path.join(tmpdir(), "fieldnotes-worker-mail-"));
let accepted = 0;
let release: () => void = () => {};
let held: (value?: unknown) => void = () => {};
const sixthMessageHeld = new Promise((resolve) => (held = resolve));
const smtp = await startMailCatcher({
  dir,
  // Accepts five messages, then holds the sixth sender mid-conversation until released.
  beforeEachMessage: () => {
    accepted += 1;
    if (accepted !== 6) return Promise.resolve();
    held();
    return new Promise<void>((resolve) => (release = resolve));
  },
});
afterAll(() => smtp.stop());

const workerEnv = {
  DATABASE_URL: env.DATABASE_URL,
  SMTP_URL: smtp.url,
  APP_URL: env.APP_URL,
  EMAIL_LEASE_SECONDS: String(LEASE_SECONDS),
};

const until = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe("the email worker process", () => {
  it("loses and duplicates nothing when killed in the middle of a batch", { timeout: 90_000 }, async () => {
    for (let n = 0; n < BATCH; n++) {
      await enqueueEmail(systemOutbox, {
        template: "sign-in",
        to: `batch${n}@example.com`,
        props: { url: `http://localhost:3000/signin/confirm?token=b${n}`, expiresInMinutes: 15 },
        dedupeKey: `batch:${n}`,
        practiceId: null,
      });
    }

    const first = await startWorkerProcess(workerEnv, { quiet: true });
    await sixthMessageHeld;
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));
    release();

    const byStatus = await prisma.emailMessage.groupBy({ by: ["status"], _count: true });
    expect(Object.fromEntries(byStatus.map((row) => [row.status, row._count]))).toEqual({
      SENT: 5,
      SENDING: 1, // claimed by the dead worker: held until its lease runs out
      QUEUED: BATCH - 6,
    });

    await new Promise((resolve) => setTimeout(resolve, LEASE_SECONDS * 1000 + 200));
    const second = await startWorkerProcess(workerEnv, { quiet: true });
    try {
      await until(async () => (await prisma.emailMessage.count({ where: { status: "SENT" } })) === BATCH, 30_000);
    } finally {
      await second.stop();
    }
    const recipients = readMailbox(dir).map((mail) => mail.to[0]);
    expect(recipients.sort()).toEqual(Array.from({ length: BATCH }, (_, n) => `batch${n}@example.com`).sort());
  });
});
