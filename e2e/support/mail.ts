import { expect } from "@playwright/test";
import { firstLink, readMailbox, type CapturedMail } from "../../src/server/email/mailbox";

const mailDir = () => {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run the e2e tests through `npm test`.");
  return dir;
};

/** The ids of every message captured so far, to wait for one sent after this moment. */
export const mailSeen = (): ReadonlySet<string> => new Set(readMailbox(mailDir()).map((mail) => mail.id));

/**
 * Waits for the newest email to `to` (captured by the real SMTP catcher) and returns it. With `seen`, a message
 * captured before that snapshot does not count, so a second email of the same subject is not confused with the first.
 */
export async function waitForEmail(to: string, subject?: RegExp, seen?: ReadonlySet<string>): Promise<CapturedMail> {
  let found: CapturedMail | undefined;
  await expect
    .poll(
      () => {
        found = readMailbox(mailDir()).find(
          (mail) =>
            mail.to.includes(to.toLowerCase()) && (!subject || subject.test(mail.subject)) && !seen?.has(mail.id),
        );
        return Boolean(found);
      },
      { message: `an email to ${to}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

export function linkIn(mail: CapturedMail, pathPrefix: string): string {
  const link = firstLink(mail, pathPrefix);
  if (!link) throw new Error(`no ${pathPrefix} link in "${mail.subject}"`);
  return link;
}

export const uniqueEmail = (label: string) =>
  `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
