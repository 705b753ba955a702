import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerEnvelope } from "smtp-server";
import type { CapturedMail } from "../../src/server/email/mailbox";

// A real SMTP server on loopback for development and tests. Every message it accepts is
// written to `dir` as one JSON file (see src/server/email/mailbox.ts, which reads them).
// The SMTP reply is sent only after the file is in place, so once `sendMail` resolves
// the message is in the mailbox.

export interface RunningMailCatcher {
  port: number;
  /** smtp://127.0.0.1:PORT, ready for SMTP_URL. */
  url: string;
  stop(): Promise<void>;
}

export async function startMailCatcher(opts: {
  dir: string;
  port?: number;
  host?: string;
  /** Tests only: awaited before each message is accepted (MAIL FROM), to hold a sender mid-send. */
  beforeEachMessage?: () => Promise<void>;
}): Promise<RunningMailCatcher> {
  const dir = path.resolve(opts.dir);
  const host = opts.host ?? "127.0.0.1";
  mkdirSync(dir, { recursive: true });

  let lastStamp = 0;
  const server = new SMTPServer({
    authOptional: true,
    // No reverse DNS of the client: on a closed network each lookup waits for a timeout.
    disableReverseLookup: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    closeTimeout: 1000, // stop() waits at most this long for clients still connected
    banner: "Fieldnotes development mail catcher",
    onMailFrom(_address, _session, callback) {
      (opts.beforeEachMessage?.() ?? Promise.resolve()).then(
        () => callback(),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
    onData(stream, session, callback) {
      // Strictly increasing, so ids (and receivedAt) sort in arrival order.
      const stamp = (lastStamp = Math.max(Date.now(), lastStamp + 1));
      simpleParser(stream)
        .then((parsed) => {
          const id = `${stamp}-${randomBytes(4).toString("hex")}`;
          const mail = toCapturedMail(id, new Date(stamp), parsed, session.envelope);
          const tmpFile = path.join(dir, `.${id}.json.tmp`);
          writeFileSync(tmpFile, JSON.stringify(mail, null, 2));
          renameSync(tmpFile, path.join(dir, `${id}.json`));
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  // After start-up, a broken client connection must not crash the dev server or test run.
  server.on("error", (error) => console.error("[mail-catcher]", error));

  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://${host.includes(":") ? `[${host}]` : host}:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  const flatten = (entries: AddressObject["value"]): string[] =>
    entries.flatMap((entry) => [...(entry.address ? [entry.address] : []), ...flatten(entry.group ?? [])]);
  return objects.flatMap((object) => flatten(object.value)).map((address) => address.toLowerCase());
}

function toCapturedMail(id: string, receivedAt: Date, parsed: ParsedMail, envelope: SMTPServerEnvelope): CapturedMail {
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    const name = key.toLowerCase();
    if (name in headers) continue; // first occurrence wins (e.g. the newest Received)
    const decoded = parsed.headers.get(name);
    headers[name] =
      typeof decoded === "string"
        ? decoded
        : line
            .slice(line.indexOf(":") + 1)
            .replace(/\r?\n[ \t]+/g, " ")
            .trim();
  }
  const to = addresses(parsed.to);
  return {
    id,
    receivedAt: receivedAt.toISOString(),
    from:
      parsed.from?.value.map(({ name, address = "" }) => (name ? `${name} <${address}>` : address)).join(", ") ??
      (envelope.mailFrom ? envelope.mailFrom.address : ""),
    // Without a To header (e.g. Bcc only), fall back to the envelope recipients.
    to: to.length > 0 ? to : envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: parsed.html || "",
    headers,
    // Text parts such as the calendar invite (text/calendar) are kept so tests can read them.
    attachments: parsed.attachments
      .filter((attachment) => attachment.contentType.startsWith("text/"))
      .map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.contentType,
        content: attachment.content.toString("utf8"),
      })),
  };
}
