import { describe, expect, it } from "vitest";
import { draftMessage, mailtoHref } from "./message-template";

const template = {
  subject: "A short conversation, {{name}}?",
  body: "Hi {{name}},\n{{referrer}} suggested I talk to you about your work as {{ role }} at {{organisation}}.\n— {{client}}",
};

describe("drafting from a template", () => {
  it("fills every placeholder from the contact and the client", () => {
    const draft = draftMessage(template, {
      name: "Ben Ito",
      role: "Agency owner",
      organisation: "Ito & Co",
      referrer: "Ada",
      client: "Priya",
    });
    expect(draft).toEqual({
      subject: "A short conversation, Ben Ito?",
      body: "Hi Ben Ito,\nAda suggested I talk to you about your work as Agency owner at Ito & Co.\n— Priya",
      missing: [],
    });
  });

  it("leaves a visible hint for each missing value and reports it once", () => {
    const draft = draftMessage(
      { subject: "{{organisation}}", body: "at {{organisation}}, via {{referrer}}" },
      {
        name: "Ben",
        organisation: "  ",
        referrer: null,
      },
    );
    expect(draft.subject).toBe("[their organisation]");
    expect(draft.body).toBe("at [their organisation], via [who suggested them]");
    expect(draft.missing).toEqual(["organisation", "referrer"]);
  });

  it("keeps unknown placeholders as written and accepts the American spelling", () => {
    const draft = draftMessage({ subject: "", body: "{{ Organization }} {{salary}} {{name" }, { organisation: "Acme" });
    expect(draft.body).toBe("Acme {{salary}} {{name");
  });

  it("inserts values as plain text, even ones that look like placeholders or markup", () => {
    const draft = draftMessage({ subject: "", body: "Hi {{name}}" }, { name: "<b>{{client}}</b>", client: "Priya" });
    expect(draft.body).toBe("Hi <b>{{client}}</b>");
  });
});

describe("greeting by first name", () => {
  const greet = (name: string | null) => draftMessage({ subject: "", body: "Hi {{firstName}}," }, { name });

  it.each([
    ["Ada Lovelace", "Hi Ada,"],
    ["  Ben   Ito ", "Hi Ben,"],
    ["Mary-Jane Watson", "Hi Mary-Jane,"],
    ["Vincent van Gogh", "Hi Vincent,"],
    ["Lovelace, Ada", "Hi Ada,"],
    ["Dr. Ngozi Okafor", "Hi Ngozi,"],
    ["Van Morrison", "Hi Van,"],
  ])("greets %j by their given name", (name, greeting) => {
    expect(greet(name).body).toBe(greeting);
  });

  it.each([
    ["Madonna", "Hi Madonna,"],
    ["van Gogh", "Hi van Gogh,"],
    ["de la Cruz", "Hi de la Cruz,"],
    ["Dr. Okafor", "Hi Dr. Okafor,"],
  ])("keeps the whole of %j when there is no given name to pick", (name, greeting) => {
    expect(greet(name).body).toBe(greeting);
  });

  it("leaves a visible hint when there is no name, like any other missing value", () => {
    for (const name of ["", "   ", null]) {
      expect(greet(name)).toEqual({ subject: "", body: "Hi [their first name],", missing: ["firstName"] });
    }
  });

  it("accepts the placeholder in any case, next to the full name", () => {
    const draft = draftMessage(
      { subject: "{{FIRSTNAME}}", body: "{{ firstname }} / {{name}}" },
      { name: "Ada Lovelace" },
    );
    expect(draft).toMatchObject({ subject: "Ada", body: "Ada / Ada Lovelace" });
  });
});

describe("the mailto link", () => {
  it("encodes subject and body, with CRLF line breaks and no address", () => {
    expect(mailtoHref({ subject: "Hi & hello?", body: "Line one\nLine two" })).toBe(
      "mailto:?subject=Hi%20%26%20hello%3F&body=Line%20one%0D%0ALine%20two",
    );
  });
});
