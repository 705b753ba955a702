import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "~/env";
import { prisma } from "~/server/db/client";
import { readMailbox } from "~/server/email/mailbox";
import { enqueueEmail } from "~/server/email/outbox";
import { LISTENER_APPLICATION_NAME } from "~/server/email/outbox-listener";
import { systemOutbox } from "~/server/email/outbox.system.repo";
import { startAppWorker } from "./root";
import type { Worker } from "./worker";

// The worker woken by the outbox's NOTIFY, with its safety-net sweep moved to once a year: an
// email that arrives within seconds of being queued can only have come through LISTEN.

const ONCE_A_YEAR = "0 0 1 1 *";
const NOTIFY_DEADLINE_MS = 8_000;
const logged: string[] = [];
let worker: Worker;

beforeAll(async () => {
  worker = await startAppWorker({
    databaseUrl: env.DATABASE_URL,
    sweepCron: ONCE_A_YEAR,
    log: (message) => logged.push(message),
  });
  await worker.sweep(); // sweeps run one after another: the start-up sweep is over once this one is
});
afterAll(() => worker.stop());

const until = async (check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const queueSignIn = (to: string) =>
  enqueueEmail(systemOutbox, {
    template: "sign-in",
    to,
    props: { url: `http://localhost:3000/signin/confirm?token=${to}`, expiresInMinutes: 15 },
    dedupeKey: `listener:${to}`,
    practiceId: null,
  });
const delivered = (to: string) => readMailbox(env.MAIL_CATCHER_DIR!).some((mail) => mail.to.includes(to));

const listenerBackends = () =>
  prisma.$queryRaw<Array<{ pid: number }>>`
    SELECT pid FROM pg_stat_activity
    WHERE datname = current_database() AND application_name = ${LISTENER_APPLICATION_NAME}`;

describe("the email worker's LISTEN connection", () => {
  it("sends a newly queued email at once, woken by the outbox's notification", async () => {
    await queueSignIn("prompt@example.com");
    await until(() => delivered("prompt@example.com"), NOTIFY_DEADLINE_MS, "the email");
  });

  it("reconnects after its backend is terminated, and the next email still arrives at once", async () => {
    const [before, ...others] = await listenerBackends();
    expect(others).toEqual([]);
    const terminated = await prisma.$queryRaw<Array<{ ok: boolean }>>`
      SELECT pg_terminate_backend(${before!.pid}::int) AS ok`;
    expect(terminated).toEqual([{ ok: true }]);

    // Reported once the new connection LISTENs and the catch-up sweep is over, so from here on
    // nothing but a notification delivers.
    await until(() => logged.includes("listening again after a lost connection"), 10_000, "the reconnection");
    const after = await listenerBackends();
    expect(after).toHaveLength(1);
    expect(after[0]!.pid).not.toBe(before!.pid);

    await queueSignIn("after-restart@example.com");
    await until(() => delivered("after-restart@example.com"), NOTIFY_DEADLINE_MS, "the email");
  });
});
