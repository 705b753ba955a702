import { describe, expect, it } from "vitest";
import { recurringWords } from "./recurring-words";

describe("recurringWords", () => {
  it("counts words once per text, leaves out stop-words and short words, most frequent first", () => {
    const texts = [
      "The clients were the best part. Clients, clients, clients!",
      "I loved the autonomy and the clients.",
      "Autonomy matters; so does money. I'm tired.",
      "Money money money",
    ];
    expect(recurringWords(texts)).toEqual(
      [
        { word: "clients", count: 2 },
        { word: "autonomy", count: 2 },
        { word: "money", count: 2 },
      ].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word)),
    );
  });

  it("handles accents, curly apostrophes and possessives, and respects limit and minTexts", () => {
    const texts = ["Café owner’s freedom", "the café and the owner's hours", "freedom"];
    expect(recurringWords(texts, { limit: 2 })).toEqual([
      { word: "café", count: 2 },
      { word: "freedom", count: 2 },
    ]);
    expect(recurringWords(texts, { minTexts: 3 })).toEqual([]);
    expect(recurringWords([])).toEqual([]);
  });
});

describe("recurringWords and the project's people", () => {
  it("leaves out every part of their names, whatever the case, possessives too", () => {
    const texts = [
      "Ben Okafor said the agency pays well. I told PRIYA's coach Maya about the agency.",
      "ben thinks agency life is fast; Maya agreed. Priya felt the pace.",
      "The pace at the agency, said Ben, suits Priya.",
    ];
    const names = ["Priya Raman", "Maya Chen", "Ben Okafor"];
    expect(recurringWords(texts, { names })).toEqual([
      { word: "agency", count: 3 },
      { word: "pace", count: 2 },
    ]);
    expect(recurringWords(texts).map((entry) => entry.word)).toEqual(expect.arrayContaining(["ben", "maya", "priya"]));
  });
});
