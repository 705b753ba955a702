import { describe, expect, it } from "vitest";
import { unknownPlaceholderMessage, unknownPlaceholders } from "./outreach-placeholders";

describe("unknownPlaceholders", () => {
  it("finds double-brace names that are not on the list, each once", () => {
    expect(unknownPlaceholders("Hi {{name}}, {{ referrer }} said {{firstName}} and {{firstName}}")).toEqual([
      "firstName",
    ]);
    expect(unknownPlaceholders("Hi {{name}} at {{organisation}} ({{role}}), {{client}}")).toEqual([]);
  });

  it("says which ones, and which exist", () => {
    expect(unknownPlaceholderMessage(["firstName"])).toBe(
      "{{firstName}} isn't a placeholder we can fill in. Use {{name}}, {{role}}, {{organisation}}, {{referrer}}, {{client}}.",
    );
  });
});
