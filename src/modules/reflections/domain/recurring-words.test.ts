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
