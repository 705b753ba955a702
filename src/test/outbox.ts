import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { env } from "~/env";
import { deliverDueEmails } from "~/modules/notifications/server/delivery";
import { readMailbox } from "~/server/email/mailbox";

/** Runs the outbox's real delivery (what the worker does when woken), then reads the test's SMTP catcher. */
export async function deliverAndReadMailbox() {
  await deliverDueEmails();
  return readMailbox(env.MAIL_CATCHER_DIR!);
}

/** The test file's SMTP server (started by src/test/per-file-setup.ts), to stop and restart. */
export const testSmtp = () =>
  (globalThis as unknown as { testSmtp: { stop(): Promise<void>; restart(): Promise<void> } }).testSmtp;

/** Empties the test file's mailbox, for tests that count what arrives. */
export function clearMailbox() {
  const dir = env.MAIL_CATCHER_DIR!;
  for (const file of readdirSync(dir)) rmSync(path.join(dir, file), { force: true });
}
