import { describe, expect, it } from "vitest";
import { explainEmailReason } from "./email-reasons";

// Stored errors as nodemailer and Node word them, and the outbox's own reasons for not sending.
const failures: Array<[stored: string, says: RegExp]> = [
  ["connect ECONNREFUSED 127.0.0.1:587", /couldn't be reached/],
  ["Connection timeout", /took too long/],
  ["Greeting never received", /took too long/],
  ["getaddrinfo ENOTFOUND smtp.example.com", /address couldn't be found/],
  ["Invalid login: 535 5.7.8 Username and Password not accepted", /username or password/],
  ['Missing credentials for "PLAIN"', /username or password/],
  ["self-signed certificate in certificate chain", /secure connection/],
  [
    "Can't send mail - all recipients were rejected: 550 5.1.1 <jo@example.com>: Recipient address rejected: User unknown",
    /address doesn't exist/,
  ],
  ["No recipients defined", /isn't an email address/],
  ["Message failed: 552 5.2.2 Mailbox full", /mailbox is full/],
  ["550 5.7.1 Message rejected as spam", /turned the email away as unwanted/],
  ["451 4.7.1 Please try again later", /asked to be tried again later/],
  ['Unknown template "coach-digest".', /newer version of Fieldnotes/],
];

describe("explainEmailReason", () => {
  it.each(failures)("explains %j in words a coach understands, keeping the original as the detail", (stored, says) => {
    const reason = explainEmailReason(stored, "failed");
    expect(reason.sentence).toMatch(says);
    expect(reason.sentence).not.toMatch(/E[A-Z]{4,}|\b\d{3}\b|SMTP/);
    expect(reason.technical).toBe(stored);
  });

  it("falls back to a sentence, never to the machine's words, for an error it does not know", () => {
    const reason = explainEmailReason("Weird: 0x1f", "failed");
    expect(reason.sentence).toMatch(/^Sending didn't work/);
    expect(reason.technical).toBe("Weird: 0x1f");
  });

  it("rewords the outbox's own reasons for not sending, and keeps the reminders' sentences as they are", () => {
    expect(explainEmailReason("Withdrawn: the reason for it went away.", "notSent")).toEqual({
      sentence: expect.stringMatching(/^Not sent: what it was about changed/),
      technical: null,
    });
    expect(explainEmailReason("The recipient unsubscribed from these emails.", "notSent").sentence).toBe(
      "Not sent: the recipient has unsubscribed from this kind of email.",
    );
    const reminder = "The session was cancelled, so this reminder was not sent.";
    expect(explainEmailReason(reminder, "notSent")).toEqual({ sentence: reminder, technical: null });
  });
});
