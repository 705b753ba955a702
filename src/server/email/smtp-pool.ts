import { connect, type Socket } from "node:net";

// The mailer's SMTP pool, in a module of its own (no `server-only`) so the email benchmark's
// plain-loop floor uses exactly the app's settings.

/** SMTP connections a process keeps open. */
export const SMTP_CONNECTIONS = 4;
/**
 * Sends a worker has under way: twice the connections, so an email renders (the worker's CPU) while every connection
 * waits on the server, and queues for the next free one.
 */
export const SENDS_UNDER_WAY = SMTP_CONNECTIONS * 2;
/** A connection is replaced after this many messages: some providers cap messages per session. */
export const MESSAGES_PER_CONNECTION = 100;

interface SocketRequest {
  host?: string;
  port?: number;
  secure?: boolean;
}

/**
 * nodemailer's `getSocket`: the TCP connection nodemailer speaks SMTP over (and upgrades to TLS when `secure`), with
 * Nagle's algorithm off. With it on, each message's last small write waited for the server's delayed ACK, 40 ms on
 * Linux: that wait, not rendering or the outbox, bounded the send rate. Handed over while still connecting, so a
 * refused or silent server fails through nodemailer's own handlers and deadlines, as without this.
 */
export function connectWithoutDelay(
  request: SocketRequest,
  callback: (error: null, socket: { connection: Socket }) => void,
): void {
  const connection = connect({
    host: request.host ?? "localhost",
    port: request.port ?? (request.secure ? 465 : 587),
    noDelay: true,
  });
  callback(null, { connection });
}
