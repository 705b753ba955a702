import { describe, expect, it } from "vitest";
import { defaultTemplateOf, STARTER_PROJECT_TEMPLATE } from "./starter-kit";

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
