import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { render } from "@react-email/render";
import { createTransport } from "nodemailer";
import { startMailCatcher } from "./mail-catcher";
import { startWorkerProcess } from "./worker-process";

// Email delivery throughput: one real worker process (`npm run worker`: claim, render, SMTP,
// record, for each outbox row) against a plain loop that only renders and sends with nodemailer.
// Same template, same props, same message count, same kind of SMTP connection (one per message,
// as the app's transport), each against its own fresh loopback catcher, in the same run.
// The difference is the price of durability: the outbox's row updates and the wake-up path.

const MESSAGES = 300;
const TEMPLATE = "booking-update";

/** `appEnv`: a migrated database and app settings (scripts/lib/app-runtime.ts). */
export async function benchEmailDelivery(appEnv: Record<string, string>) {
  Object.assign(process.env, appEnv); // src/env.ts reads these when the app modules load below
  const { prisma } = await import("~/server/db/client");
  const { enqueueEmail } = await import("~/server/email/outbox");
  const { EMAIL_TEMPLATES } = await import("~/server/email/templates");
  const { TEMPLATE_PREVIEWS } = await import("~/modules/notifications/template-previews");
  const template = EMAIL_TEMPLATES[TEMPLATE];
  const props = TEMPLATE_PREVIEWS[TEMPLATE];
  const recipient = (n: number) => `bench${n}@example.com`;

  // A plain loop: render HTML and text, send, next.
  const plain = await withCatcher(async (smtpUrl, received) => {
    const url = new URL(smtpUrl);
    const transport = createTransport({ host: url.hostname, port: Number(url.port), ignoreTLS: true });
    const started = performance.now();
    for (let n = 0; n < MESSAGES; n++) {
      const element = template.render(props, {});
      const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
      await transport.sendMail({
        from: "bench@fieldnotes.local",
        to: recipient(n),
        subject: template.subject(props),
        html,
        text,
      });
    }
    const seconds = (performance.now() - started) / 1000;
    transport.close();
    return { seconds, received: received() };
  });

  // The outbox: a running worker, all messages committed in one transaction (their wake-ups
  // arrive together at commit), timed from the commit until the last one is recorded SENT.
  await prisma.emailMessage.deleteMany({ where: { dedupeKey: { startsWith: "bench:" } } });
  const outbox = await withCatcher(async (smtpUrl, received) => {
    const worker = await startWorkerProcess({ ...appEnv, SMTP_URL: smtpUrl }, { quiet: true });
    try {
      await prisma.$transaction(
        async (tx) => {
          for (let n = 0; n < MESSAGES; n++) {
            await enqueueEmail(tx, {
              template: TEMPLATE,
              to: recipient(n),
              props,
              dedupeKey: `bench:${n}`,
              practiceId: null,
            });
          }
        },
        { timeout: 60_000 },
      );
      const started = performance.now();
      while (
        (await prisma.emailMessage.count({ where: { dedupeKey: { startsWith: "bench:" }, status: "SENT" } })) < MESSAGES
      ) {
        if (performance.now() - started > 300_000)
          throw new Error("the worker did not send every bench email in 5 minutes");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return { seconds: (performance.now() - started) / 1000, received: received() };
    } finally {
      await worker.stop();
    }
  });
  await prisma.$disconnect();

  const perMinute = (run: { seconds: number }) => ((MESSAGES / run.seconds) * 60).toFixed(0);
  console.log(`\nEmail delivery: ${MESSAGES} "${TEMPLATE}" emails (HTML + text) to a loopback SMTP catcher`);
  console.log(["", "seconds", "emails/minute", "arrived"].map((h, i) => (i ? h.padStart(14) : h.padEnd(46))).join(""));
  for (const [label, run] of [
    ["one outbox worker (render + SMTP + bookkeeping)", outbox],
    ["plain nodemailer loop (render + SMTP)", plain],
  ] as const) {
    console.log(
      label.padEnd(46) +
        run.seconds.toFixed(2).padStart(14) +
        perMinute(run).padStart(14) +
        String(run.received).padStart(14),
    );
  }
}

async function withCatcher<T>(run: (smtpUrl: string, received: () => number) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), "fieldnotes-bench-mail-"));
  const catcher = await startMailCatcher({ dir });
  try {
    return await run(catcher.url, () => readdirSync(dir).filter((file) => file.endsWith(".json")).length);
  } finally {
    await catcher.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
