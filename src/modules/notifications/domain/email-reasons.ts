// Why an email in the log failed or was not sent, as a coach would say it. The outbox stores
// the mail server's own words (or Node's: "connect ECONNREFUSED 127.0.0.1:587") for a failed
// send and our sentences for an email it decided not to send; the log shows the sentence,
// and keeps the stored words as the technical detail for whoever looks after the mail server.

export interface EmailReason {
  sentence: string;
  /** What was stored, when it is a machine's words rather than one of our sentences. */
  technical: string | null;
}

/** Checked in order: the first pattern that matches a stored error explains it. */
const SEND_FAILURES: ReadonlyArray<{ pattern: RegExp; sentence: string }> = [
  {
    pattern: /unknown template/i,
    sentence:
      "This kind of email is sent by a newer version of Fieldnotes than the one that tried. It goes out once the update is running.",
  },
  {
    pattern: /ENOTFOUND|EAI_AGAIN|getaddrinfo/,
    sentence: `The mail server's address couldn't be found, so nothing could be sent. Ask whoever set up email for Fieldnotes to check it.`,
  },
  {
    pattern: /invalid login|EAUTH|missing credentials|authentication|\b53[05]\b/i,
    sentence: `The mail server refused Fieldnotes' username or password. Ask whoever set up email for Fieldnotes to check them.`,
  },
  {
    pattern: /certificate|\bTLS\b|\bSSL\b|self[- ]signed/i,
    sentence: `A secure connection to the mail server couldn't be made. Ask whoever set up email for Fieldnotes to check its settings.`,
  },
  {
    pattern: /ECONNREFUSED|ECONNRESET|ESOCKET|ECONNECTION|socket hang up|connection closed|EHOSTUNREACH|ENETUNREACH/i,
    sentence: `The mail server couldn't be reached; it may have been down.`,
  },
  {
    pattern: /ETIMEDOUT|timed? ?out|greeting never received/i,
    sentence: `The mail server took too long to answer; it may have been busy or down.`,
  },
  {
    pattern: /spam|blocked|blacklist|blocklist|\bpolicy\b|\b554\b/i,
    sentence:
      "The recipient's mail server turned the email away as unwanted. Ask the person to allow emails from your practice.",
  },
  {
    pattern: /mailbox (is )?full|over quota|quota exceeded|insufficient storage|\b552\b/i,
    sentence: "The recipient's mailbox is full. Give it a day or two, or reach them another way.",
  },
  {
    pattern:
      /user unknown|no such user|does not exist|address rejected|mailbox unavailable|unknown recipient|\b55[013]\b/i,
    sentence:
      "The recipient's mail server says this address doesn't exist. Check the spelling with the person and update it.",
  },
  {
    pattern: /no recipients defined|invalid (e-?mail|recipient|address)|EENVELOPE/i,
    sentence: "This isn't an email address mail can be sent to. Check the spelling with the person and update it.",
  },
  {
    pattern: /try again later|temporar|\b4[25][0-2]\b/i,
    sentence: "The recipient's mail server was busy and asked to be tried again later.",
  },
];

const NOT_SENT: ReadonlyArray<{ pattern: RegExp; sentence: string }> = [
  {
    pattern: /^Withdrawn/,
    sentence:
      "Not sent: what it was about changed before it went out (for example, the session was moved or cancelled).",
  },
  { pattern: /unsubscribed/i, sentence: "Not sent: the recipient has unsubscribed from this kind of email." },
];

const UNKNOWN_FAILURE =
  "Sending didn't work, and the mail server's answer isn't one Fieldnotes recognises. The technical details below say more.";

/** The stored reason of a cancelled (`notSent`) or failed email, as a sentence and the machine's words behind it. */
export function explainEmailReason(stored: string, kind: "failed" | "notSent"): EmailReason {
  const text = stored.trim();
  if (kind === "notSent") {
    const known = NOT_SENT.find(({ pattern }) => pattern.test(text));
    // Our own decisions not to send (a reminder for a session that has begun) are sentences already.
    return { sentence: known?.sentence ?? text, technical: null };
  }
  const known = SEND_FAILURES.find(({ pattern }) => pattern.test(text));
  return { sentence: known?.sentence ?? UNKNOWN_FAILURE, technical: text };
}
