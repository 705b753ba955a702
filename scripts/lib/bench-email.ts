import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createTransport, type Transporter } from "nodemailer";
import { readMailbox } from "../../src/server/email/mailbox";
import { renderEmail } from "../../src/server/email/render";
import {
  connectWithoutDelay,
  MESSAGES_PER_CONNECTION,
  SENDS_UNDER_WAY,
  SMTP_CONNECTIONS,
} from "../../src/server/email/smtp-pool";
import { percentile } from "./bench-stats";
import type { BenchRow } from "./bench-table";
import { startMailCatcher } from "./mail-catcher";
import { startWorkerProcess } from "./worker-process";

// Email delivery throughput: one real worker process (`npm run worker`: claim, render, SMTP,
// record, for each outbox row) against plain loops that only render and send with nodemailer.
// Same template and props, each run against its own fresh loopback catcher, in the same run. The floor is a
// plain loop with the worker's pool (SMTP_CONNECTIONS connections, SENDS_UNDER_WAY sends at once): the difference is the
// price of durability (the outbox's row updates and the wake-up path). The old figure is a plain loop with a
// connection per message, one message at a time: what the worker was bound by before its pool (fewer messages:
// each takes a tenth of a second). The pooled runs send enough that the worker's wake-up and the wait for its last
// record are a small part of the time; their rounds take turns (ROUNDS of each) and each figure is the median.
// Every process renders as many emails before its timed run (untimed) as the pooled loop's process has
// rendered before its own (the warm-up and the per-message loop): a fresh worker process ran its first
// few hundred renders at half its later speed, which measured the JIT and not the outbox.

const MESSAGES = 1000;
const ROUNDS = 5;
const OLD_FIGURE_MESSAGES = 300;
const WARM_UP = 30;
const TEMPLATE = "booking-update";
const WORKER_DEADLINE_MS = 300_000;

interface Run {
  messages: number;
  seconds: number;
  received: number;
}

/** `appEnv`: a migrated database and app settings (scripts/lib/app-runtime.ts). */
export async function benchEmailDelivery(appEnv: Record<string, string>): Promise<BenchRow[]> {
  Object.assign(process.env, appEnv); // src/env.ts reads these when the app modules load below
  const { prisma } = await import("~/server/db/client");
  const { enqueueEmail } = await import("~/server/email/outbox");
  const { EMAIL_TEMPLATES } = await import("~/server/email/templates");
  const { TEMPLATE_PREVIEWS } = await import("~/modules/notifications/template-previews");
  const template = EMAIL_TEMPLATES[TEMPLATE];
  const props = TEMPLATE_PREVIEWS[TEMPLATE];
  const recipient = (n: number) => `bench${n}@example.com`;

  // Renders HTML and text and sends `messages`, `parallel` at a time, through `transport`.
  const plainLoop = async (transport: Transporter, parallel: number, messages: number) => {
    let next = 0;
    const sender = async () => {
      for (let n = next++; n < messages; n = next++) {
        const { html, text } = await renderEmail(template.render(props, {}));
        await transport.sendMail({
          from: "bench@fieldnotes.local",
          to: recipient(n),
          subject: template.subject(props),
          html,
          text,
        });
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: parallel }, sender));
    return (performance.now() - started) / 1000;
  };
  const smtp = (smtpUrl: string) => {
    const url = new URL(smtpUrl);
    return { host: url.hostname, port: Number(url.port), ignoreTLS: true };
  };

  await withCatcher(async (smtpUrl) => {
    const transport = createTransport(smtp(smtpUrl));
    try {
      return await plainLoop(transport, 1, WARM_UP);
    } finally {
      transport.close();
    }
  }, WARM_UP);
  const perMessage = await withCatcher(async (smtpUrl) => {
    const transport = createTransport(smtp(smtpUrl));
    try {
      return await plainLoop(transport, 1, OLD_FIGURE_MESSAGES);
    } finally {
      transport.close();
    }
  }, OLD_FIGURE_MESSAGES);
  const pooledLoop = () =>
    withCatcher(async (smtpUrl) => {
      const transport = createTransport({
        ...smtp(smtpUrl),
        pool: true,
        maxConnections: SMTP_CONNECTIONS,
        maxMessages: MESSAGES_PER_CONNECTION,
        getSocket: connectWithoutDelay,
      });
      try {
        return await plainLoop(transport, SENDS_UNDER_WAY, MESSAGES);
      } finally {
        transport.close();
      }
    }, MESSAGES);

  // The outbox: a running worker, each round's messages committed in one transaction (their wake-ups
  // arrive together at commit), timed from the commit until the last one is recorded SENT.
  const queueAndWait = async (prefix: string, messages: number) => {
    await prisma.$transaction(
      async (tx) => {
        for (let n = 0; n < messages; n++) {
          await enqueueEmail(tx, {
            template: TEMPLATE,
            to: recipient(n),
            props,
            dedupeKey: `${prefix}${n}`,
            practiceId: null,
          });
        }
      },
      { timeout: 60_000 },
    );
    const started = performance.now();
    const sent = () => prisma.emailMessage.count({ where: { dedupeKey: { startsWith: prefix }, status: "SENT" } });
    while ((await sent()) < messages) {
      if (performance.now() - started > WORKER_DEADLINE_MS)
        throw new Error(`the worker did not send every bench email in ${WORKER_DEADLINE_MS / 60_000} minutes`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return (performance.now() - started) / 1000;
  };
  // Rounds of the pooled loop and the worker take turns, each figure the median of its rounds, so a spell of a busy
  // machine falls on both alike instead of on whichever ran then.
  await prisma.emailMessage.deleteMany({ where: { dedupeKey: { startsWith: "bench" } } });
  const pooledRounds: Run[] = [];
  const workerSeconds: number[] = [];
  const workerRounds = await withCatcher(
    async (smtpUrl) => {
      const worker = await startWorkerProcess({ ...appEnv, SMTP_URL: smtpUrl }, { quiet: true });
      try {
        await queueAndWait("bench-warm-up:", WARM_UP + OLD_FIGURE_MESSAGES);
        for (let round = 0; round < ROUNDS; round++) {
          pooledRounds.push(await pooledLoop());
          workerSeconds.push(await queueAndWait(`bench-${round}:`, MESSAGES));
        }
        return workerSeconds.reduce((sum, seconds) => sum + seconds, 0);
      } finally {
        await worker.stop();
      }
    },
    ROUNDS * MESSAGES,
    WARM_UP + OLD_FIGURE_MESSAGES,
  );
  await prisma.$disconnect();
  const arrivals: Array<[string, Run]> = [
    ["the worker's rounds", workerRounds],
    ...pooledRounds.map((run, i): [string, Run] => [`pooled loop, round ${i + 1}`, run]),
    ["the per-message loop", perMessage],
  ];
  for (const [label, run] of arrivals) {
    if (run.received !== run.messages) throw new Error(`${label}: ${run.received} of ${run.messages} emails arrived`);
  }

  const outbox: Timing = { messages: MESSAGES, rounds: workerSeconds };
  const pooled: Timing = { messages: MESSAGES, rounds: pooledRounds.map((run) => run.seconds) };
  const oneConnectionEach: Timing = { messages: perMessage.messages, rounds: [perMessage.seconds] };
  const timings: Array<[string, Timing]> = [
    ["one outbox worker (render + SMTP + bookkeeping)", outbox],
    [`plain loop, ${SMTP_CONNECTIONS} pooled connections`, pooled],
    ["plain loop, a connection per message", oneConnectionEach],
  ];
  console.log(`\nEmail delivery: "${TEMPLATE}" emails (HTML + text) to a loopback SMTP catcher, median of the rounds`);
  console.log(["", "emails", "emails/s", "rounds (s)"].map((h, i) => (i ? h.padStart(12) : h.padEnd(50))).join(""));
  for (const [label, timing] of timings) {
    const cells = [
      String(timing.messages),
      emailsPerSecond(timing).toFixed(1),
      timing.rounds.map((s) => s.toFixed(2)).join(" "),
    ];
    console.log(label.padEnd(50) + cells.map((cell, i) => cell.padStart(i === 2 ? 32 : 12)).join(""));
  }

  const worker = emailsPerSecond(outbox);
  const row = (floorName: string, floor: Timing, note: string): BenchRow => ({
    figure: "email worker",
    value: worker,
    unit: "emails/s",
    floor: { name: floorName, value: emailsPerSecond(floor) },
    higherIsBetter: true,
    note,
  });
  return [
    row(`plain loop, ${SMTP_CONNECTIONS} pooled connections`, pooled, "goal ≥ 90%"),
    row("plain loop, a connection per message (the old figure)", oneConnectionEach, "goal ≥ 3×"),
  ];
}

/** A figure's emails per round and each round's seconds. */
interface Timing {
  messages: number;
  rounds: number[];
}

const emailsPerSecond = (timing: Timing) => timing.messages / percentile(timing.rounds, 50);

/** `messages`: how many the timed part sends; `untimed`: warm-up emails the catcher receives besides them. */
async function withCatcher(timed: (smtpUrl: string) => Promise<number>, messages: number, untimed = 0): Promise<Run> {
  const dir = mkdtempSync(path.join(tmpdir(), "fieldnotes-bench-mail-"));
  const catcher = await startMailCatcher({ dir });
  try {
    const seconds = await timed(catcher.url);
    // Only the bench's own recipients: the worker also sends whatever else the database has queued (the demo's).
    const received = readMailbox(dir).filter((mail) => mail.to.some((to) => /^bench\d+@example\.com$/.test(to)));
    return { messages, seconds, received: received.length - untimed };
  } finally {
    await catcher.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
