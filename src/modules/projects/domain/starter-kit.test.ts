import { describe, expect, it } from "vitest";
import { unknownPlaceholders } from "./outreach-placeholders";
import { defaultTemplateOf, STARTER_OUTREACH_TEMPLATES, STARTER_PROJECT_TEMPLATE } from "./starter-kit";

describe("defaultTemplateOf", () => {
  it("prefers the standard template over one that sorts before it", () => {
    const templates = [{ name: "Quick scan, three fields" }, { name: STARTER_PROJECT_TEMPLATE.name }];
    expect(defaultTemplateOf(templates)).toBe(templates[1]);
  });

  it("falls back to the first template, and to none when there are none", () => {
    expect(defaultTemplateOf([{ name: "B" }, { name: "A" }])).toEqual({ name: "B" });
    expect(defaultTemplateOf([])).toBeUndefined();
  });
});

describe("the starter outreach messages", () => {
  it("use only placeholders the template editor accepts", () => {
    const used = STARTER_OUTREACH_TEMPLATES.flatMap((template) =>
      unknownPlaceholders(template.subject + template.body),
    );
    expect(used).toEqual([]);
  });

  it("greet the person they are written to by first name", () => {
    const greetings = STARTER_OUTREACH_TEMPLATES.map((template) => [template.kind, template.body.split("\n")[0]]);
    expect(greetings).toEqual([
      ["INITIAL", "Hi {{firstName}},"],
      ["FOLLOW_UP", "Hi {{firstName}},"],
      ["THANK_YOU", "Hi {{firstName}},"],
      // Written to the referrer, of whom we know only the name they were entered under.
      ["REFERRER_UPDATE", "Hi {{referrer}},"],
    ]);
  });
});
