import { expect } from "@playwright/test";
import { firstLink, readMailbox, type CapturedMail } from "../../src/server/email/mailbox";

const mailDir = () => {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run the e2e tests through `npm test`.");
  return dir;
};

/** Waits for the newest email to `to` (captured by the real SMTP catcher) and returns it. */
export async function waitForEmail(to: string, subject?: RegExp): Promise<CapturedMail> {
  let found: CapturedMail | undefined;
  await expect
    .poll(
      () => {
        found = readMailbox(mailDir()).find(
          (mail) => mail.to.includes(to.toLowerCase()) && (!subject || subject.test(mail.subject)),
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
