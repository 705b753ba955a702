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
import { SMTP_CONNECTIONS } from "~/server/email/smtp-pool";

// The real worker process (`npm run worker`): killed with SIGKILL in the middle of a batch, two
// of them sending the same outbox at once, and one stopped with SIGTERM (worker.stop()) while
// its sends hang. Being woken by NOTIFY, and keeping its LISTEN across a lost connection:
// listener.int.test.ts.

const BATCH = 20;
const ACCEPTED_FIRST = 5;
const LEASE_SECONDS = 2;
// Where only a claim may decide who sends: a lease that ran out on a slow machine would let a second worker in.
const LEASE_NEVER_RUNS_OUT = 3600;
// Each test starts worker processes (tsx compiling the app) on a 2-core machine shared with other runs.
const TEST_TIMEOUT_MS = 180_000;
const catchers: Array<{ stop(): Promise<void> }> = [];
afterAll(() => Promise.all(catchers.map((catcher) => catcher.stop())));

/** A catcher that accepts `accepted` messages, then holds every sender mid-conversation (at MAIL FROM) until opened. */
async function startGatedCatcher(accepted: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "fieldnotes-worker-mail-"));
  let passed = 0;
  let open = false;
  const held: Array<() => void> = [];
  const catcher = await startMailCatcher({
    dir,
    beforeEachMessage: () => {
      if (open || passed < accepted) {
        passed += 1;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => held.push(resolve));
    },
  });
  catchers.push(catcher);
  return {
    url: catcher.url,
    recipients: () => readMailbox(dir).map((mail) => mail.to[0]!),
    held: () => held.length,
    open() {
      open = true;
      for (const resolve of held.splice(0)) resolve();
    },
  };
}

const workerEnv = (smtpUrl: string, leaseSeconds = LEASE_SECONDS) => ({
  DATABASE_URL: env.DATABASE_URL,
  SMTP_URL: smtpUrl,
  APP_URL: env.APP_URL,
  EMAIL_LEASE_SECONDS: String(leaseSeconds),
});

const until = async (check: () => boolean | Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const recipientsOf = (batch: string) => Array.from({ length: BATCH }, (_, n) => `${batch}${n}@example.com`).sort();

const queueBatch = (batch: string) =>
  prisma.$transaction(
    async (tx) => {
      for (let n = 0; n < BATCH; n++) {
        await enqueueEmail(tx, {
          template: "sign-in",
          to: `${batch}${n}@example.com`,
          props: { url: `http://localhost:3000/signin/confirm?token=${batch}${n}`, expiresInMinutes: 15 },
          dedupeKey: `${batch}:${n}`,
          practiceId: null,
        });
      }
    },
    { timeout: 60_000 },
  ); // a loaded machine ran past the default 5 s

const statusesOf = async (batch: string) => {
  const rows = await prisma.emailMessage.groupBy({
    by: ["status"],
    where: { dedupeKey: { startsWith: `${batch}:` } },
    _count: true,
  });
  return Object.fromEntries(rows.map((row) => [row.status, row._count]));
};
const sentOf = async (batch: string) => (await statusesOf(batch)).SENT ?? 0;

describe("the email worker process", () => {
  it("loses and duplicates nothing when killed in the middle of a batch", { timeout: TEST_TIMEOUT_MS }, async () => {
    const smtp = await startGatedCatcher(ACCEPTED_FIRST);
    await queueBatch("killed");

    const first = await startWorkerProcess(workerEnv(smtp.url), { quiet: true });
    // Every parallel send held, and the accepted ones recorded: nothing is between the server's OK and its record.
    await until(async () => smtp.held() === SMTP_CONNECTIONS && (await sentOf("killed")) === ACCEPTED_FIRST, 120_000);
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));
    smtp.open();

    expect(await statusesOf("killed")).toEqual({
      SENT: ACCEPTED_FIRST,
      // The dead worker claimed the whole batch in one statement: held until their leases run out.
      SENDING: BATCH - ACCEPTED_FIRST,
    });

    await new Promise((resolve) => setTimeout(resolve, LEASE_SECONDS * 1000 + 200));
    const second = await startWorkerProcess(workerEnv(smtp.url), { quiet: true });
    try {
      await until(async () => (await sentOf("killed")) === BATCH, 120_000);
    } finally {
      await second.stop();
    }
    expect(smtp.recipients().sort()).toEqual(recipientsOf("killed"));
  });

  it("sends each email exactly once with two workers sending in parallel", { timeout: TEST_TIMEOUT_MS }, async () => {
    const smtp = await startGatedCatcher(Infinity);
    const workers = await Promise.all(
      [0, 1].map(() => startWorkerProcess(workerEnv(smtp.url, LEASE_NEVER_RUNS_OUT), { quiet: true })),
    );
    try {
      await queueBatch("pair"); // one commit: both workers are notified of every email at once
      await until(async () => (await sentOf("pair")) === BATCH, 120_000);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
    expect(smtp.recipients().sort()).toEqual(recipientsOf("pair"));
  });

  it(
    "on stop, hands back what it could not send, due at once for the next worker",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const smtp = await startGatedCatcher(ACCEPTED_FIRST);
      await queueBatch("stopped");
      const first = await startWorkerProcess(workerEnv(smtp.url, LEASE_NEVER_RUNS_OUT), { quiet: true });
      await until(
        async () => smtp.held() === SMTP_CONNECTIONS && (await sentOf("stopped")) === ACCEPTED_FIRST,
        120_000,
      );

      await first.stop(); // SIGTERM: the held sends overrun their grace
      expect(first.child.exitCode).toBe(0);
      expect(await statusesOf("stopped")).toEqual({ SENT: ACCEPTED_FIRST, QUEUED: BATCH - ACCEPTED_FIRST });
      const unsent = await prisma.emailMessage.findMany({
        where: { dedupeKey: { startsWith: "stopped:" }, status: "QUEUED" },
        select: { leaseExpiresAt: true, runAt: true, attempts: true },
      });
      const now = Date.now();
      expect(unsent.filter((row) => row.leaseExpiresAt !== null || row.runAt.getTime() > now)).toEqual([]);
      expect(unsent.map((row) => row.attempts)).toEqual(unsent.map(() => 0)); // a cut-short try is given back

      smtp.open();
      const second = await startWorkerProcess(workerEnv(smtp.url, LEASE_NEVER_RUNS_OUT), { quiet: true });
      try {
        await until(async () => (await sentOf("stopped")) === BATCH, 120_000);
      } finally {
        await second.stop();
      }
      expect(smtp.recipients().sort()).toEqual(recipientsOf("stopped"));
    },
  );
});
