// The mailer's SMTP pool, in a module of its own (no `server-only`) so the email benchmark's
// plain-loop floor uses exactly the app's settings.

/** SMTP connections a process keeps open; the worker sends this many emails at once. */
export const SMTP_CONNECTIONS = 4;
/** A connection is replaced after this many messages: some providers cap messages per session. */
export const MESSAGES_PER_CONNECTION = 100;
