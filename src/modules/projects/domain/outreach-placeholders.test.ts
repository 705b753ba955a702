import { describe, expect, it } from "vitest";
import { unknownPlaceholderMessage, unknownPlaceholders } from "./outreach-placeholders";

describe("unknownPlaceholders", () => {
  it("finds double-brace names that are not on the list, each once", () => {
    expect(unknownPlaceholders("Hi {{name}}, {{ referrer }} said {{salary}} and {{salary}}")).toEqual(["salary"]);
    expect(unknownPlaceholders("Hi {{firstName}} at {{organisation}} ({{role}}), {{client}}")).toEqual([]);
  });

  it("says which ones, and which exist", () => {
    expect(unknownPlaceholderMessage(["salary"])).toBe(
      "{{salary}} isn't a placeholder we can fill in. Use {{name}}, {{firstName}}, {{role}}, {{organisation}}, {{referrer}}, {{client}}.",
    );
  });
});
