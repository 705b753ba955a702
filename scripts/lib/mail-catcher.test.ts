import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTransport } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMail, firstLink, readMailbox } from "../../src/server/email/mailbox";
import { startMailCatcher } from "./mail-catcher";

describe("mail catcher", () => {
  let dir: string;
  let catcher: Awaited<ReturnType<typeof startMailCatcher>>;

  beforeAll(async () => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), "fieldnotes-mail-")), "inbox"); // created by the catcher
    catcher = await startMailCatcher({ dir });
  });

  afterAll(async () => {
    await catcher?.stop();
    rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  const send = (message: {
    to: string;
    subject: string;
    text: string;
    html?: string;
    headers?: Record<string, string>;
  }) =>
    createTransport({ host: "127.0.0.1", port: catcher.port, secure: false, ignoreTLS: true }).sendMail({
      from: "Fieldnotes <no-reply@fieldnotes.local>",
      ...message,
    });

  it("listens on a free loopback port", () => {
    expect(catcher.port).toBeGreaterThan(0);
    expect(catcher.url).toBe(`smtp://127.0.0.1:${catcher.port}`);
  });

  it("captures a message as JSON that the mailbox reads back", async () => {
    const link = "http://localhost:3000/api/auth/callback/nodemailer?token=abc123&email=maya%40example.com";
    await send({
      to: "Maya Chen <Maya.Chen@Example.com>",
      subject: "Your Fieldnotes sign-in link",
      text: `Open https://example.com/help first.\n\nSign in: ${link}\n`,
      html: `<p>Sign in: <a href="${link.replace(/&/g, "&amp;")}">Sign in</a></p>`,
      headers: { "List-Unsubscribe": "<https://example.com/unsubscribe/xyz>" },
    });

    const [mail] = readMailbox(dir);
    expect(mail).toBeDefined();
    if (!mail) return;
    expect(mail.id).toMatch(/^\d+-[0-9a-f]+$/);
    expect(new Date(mail.receivedAt).toISOString()).toBe(mail.receivedAt);
    expect(mail.from).toContain("no-reply@fieldnotes.local");
    expect(mail.to).toEqual(["maya.chen@example.com"]);
    expect(mail.subject).toBe("Your Fieldnotes sign-in link");
    expect(mail.text).toContain(link);
    expect(mail.html).toContain("<a href=");
    expect(mail.headers["list-unsubscribe"]).toBe("<https://example.com/unsubscribe/xyz>");

    expect(firstLink(mail, "/api/auth/callback/")).toBe(link);
    expect(firstLink(mail, "/help")).toBe("https://example.com/help");
    expect(firstLink(mail, "/nowhere")).toBeUndefined();
    expect(firstLink({ ...mail, text: "" }, "/api/auth/callback/")).toBe(link); // falls back to HTML hrefs

    expect(findMail(dir, mail.id)).toEqual(mail);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("lists newest first and ignores stray or half-written files", async () => {
    await send({ to: "first@example.com", subject: "First", text: "one" });
    await send({ to: "second@example.com", subject: "Second", text: "two" });
    writeFileSync(path.join(dir, "9999999999999-broken.json"), '{"id": "9999999999999-bro');
    writeFileSync(path.join(dir, ".9999999999999-partial.json.tmp"), "{}");
    writeFileSync(path.join(dir, "notes.txt"), "not mail");

    const subjects = readMailbox(dir).map((mail) => mail.subject);
    expect(subjects).toEqual(["Second", "First", "Your Fieldnotes sign-in link"]);
    expect(findMail(dir, "9999999999999-broken")).toBeUndefined();
  });

  it("refuses ids that could leave the folder", () => {
    writeFileSync(path.join(path.dirname(dir), "outside.json"), JSON.stringify(readMailbox(dir)[0]));
    expect(findMail(dir, "../etc/passwd")).toBeUndefined();
    expect(findMail(dir, "../outside")).toBeUndefined();
    expect(findMail(dir, "..")).toBeUndefined();
    expect(findMail(dir, "")).toBeUndefined();
    expect(findMail(dir, "nope")).toBeUndefined();
  });

  it("reads a missing folder as an empty mailbox", () => {
    expect(readMailbox(path.join(dir, "does-not-exist"))).toEqual([]);
  });
});
