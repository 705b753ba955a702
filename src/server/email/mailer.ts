import "server-only";
import { createTransport, type SendMailOptions } from "nodemailer";
import type { ReactElement } from "react";
import { env } from "~/env";
import { renderEmail } from "./render";
import { fromHeader } from "./sender";
import { connectWithoutDelay, MESSAGES_PER_CONNECTION, SMTP_CONNECTIONS } from "./smtp-pool";

// The one way the app sends email: React Email templates (emails/*.tsx) rendered to HTML
// and plain text, sent over a pool of SMTP connections (SMTP_URL's in the app). In development
// and tests SMTP_URL points at the local mail catcher (scripts/lib/mail-catcher.ts).

export interface OutgoingEmail {
  to: string;
  subject: string;
  react: ReactElement;
  headers?: Record<string, string>;
  /** The display name in From (the address is always EMAIL_FROM's); EMAIL_FROM's own name when omitted. */
  fromName?: string;
  replyTo?: string;
  /** A calendar invitation (text/calendar, METHOD REQUEST or CANCEL) that mail clients offer to add. */
  calendarInvite?: { method: "REQUEST" | "CANCEL"; content: string };
  /** A fixed Message-ID (angle brackets included); nodemailer makes one up otherwise. */
  messageId?: string;
}

// Deadlines for every step of a send, so a server that stops answering fails the send instead of hanging it.
const CONNECT_TIMEOUT_MS = 10_000;
const SOCKET_IDLE_TIMEOUT_MS = 30_000;

/** An email rendered and addressed, as the SMTP pool takes it. */
export type RenderedEmail = SendMailOptions;

/** An SMTP pool and the one way to send through it: render (CPU alone), then send. */
export interface Mailer {
  render(message: OutgoingEmail): Promise<RenderedEmail>;
  send(email: RenderedEmail): Promise<{ messageId: string }>;
  /** Closes the pool's connections (a busy one once its message is done). */
  close(): void;
}

// A pool per mailer: a connection per message cost a TCP and SMTP handshake each, which bounded the worker at the
// plain loop's speed. The worker keeps one; tests start two to be two workers.
export function createMailer(smtpUrl: string): Mailer {
  const transport = createTransport(poolSettings(smtpUrl));
  return {
    render: renderOutgoing,
    send: async (email) => ({ messageId: (await transport.sendMail(email)).messageId }),
    close: () => transport.close(),
  };
}

let appPool: Mailer | undefined;

/** The process's own pool to SMTP_URL, for whoever sends outside a worker (tests' deliverDueEmails). */
export const appMailer = (): Mailer => (appPool ??= createMailer(env.SMTP_URL));

function poolSettings(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  return {
    pool: true,
    maxConnections: SMTP_CONNECTIONS,
    maxMessages: MESSAGES_PER_CONNECTION,
    getSocket: connectWithoutDelay,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: CONNECT_TIMEOUT_MS,
    socketTimeout: SOCKET_IDLE_TIMEOUT_MS,
    host,
    port: url.port ? Number(url.port) : undefined,
    secure: url.protocol === "smtps:",
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    // The loopback catcher offers no TLS; never try to upgrade there.
    ignoreTLS: ["127.0.0.1", "localhost", "::1"].includes(host),
  } as const;
}

async function renderOutgoing(message: OutgoingEmail): Promise<RenderedEmail> {
  const { html, text } = await renderEmail(message.react);
  return {
    from: fromHeader(env.EMAIL_FROM, message.fromName),
    to: message.to,
    replyTo: message.replyTo,
    subject: message.subject.replace(/\s+/g, " ").trim(),
    html,
    text,
    headers: message.headers,
    messageId: message.messageId,
    icalEvent: message.calendarInvite
      ? { method: message.calendarInvite.method, content: message.calendarInvite.content, filename: "invite.ics" }
      : undefined,
  };
}
