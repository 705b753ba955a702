import { describe, expect, it } from "vitest";
import { acceptedLanguages, bookerLocaleOf, resolveViewerLocale } from "./viewer-locale";

describe("the reader's locale", () => {
  it.each([
    ["en-US,en;q=0.9", "AUTO", { locale: "en-US", hourCycle: "h12" }],
    ["en-GB,en;q=0.9", "AUTO", { locale: "en-GB", hourCycle: "h23" }],
    ["en-IN", "AUTO", { locale: "en-IN", hourCycle: "h12" }],
    // Pages are in English: other languages keep English words, day-first, on their own clock.
    ["fr-FR,fr;q=0.9,en;q=0.5", "AUTO", { locale: "en-GB", hourCycle: "h23" }],
    ["ko-KR", "AUTO", { locale: "en-GB", hourCycle: "h12" }],
    // The person's own choice beats the browser's clock, not its date order.
    ["en-US", "H24", { locale: "en-US", hourCycle: "h23" }],
    ["en-GB", "H12", { locale: "en-GB", hourCycle: "h12" }],
    [null, "AUTO", { locale: "en-GB", hourCycle: "h23" }],
    [null, "H12", { locale: "en-GB", hourCycle: "h12" }],
    ["*", "AUTO", { locale: "en-GB", hourCycle: "h23" }],
    ["not a language tag!!", "AUTO", { locale: "en-GB", hourCycle: "h23" }],
  ] as const)("%j with %s reads %j", (header, preference, expected) => {
    expect(resolveViewerLocale(header, preference)).toEqual(expected);
  });

  it("orders languages by weight, then by position", () => {
    expect(acceptedLanguages("fr;q=0.5, en-US, de;q=0.8, en-gb")).toEqual(["en-US", "en-GB", "de", "fr"]);
    expect(acceptedLanguages("en-US;q=0, fr")).toEqual(["fr"]);
  });

  it("ignores a header too long to be a browser's", () => {
    expect(acceptedLanguages(`en-US,${"x-aaaaaaaa,".repeat(40)}`)).toEqual([]);
  });

  it("keeps one short tag of a booker's header, and nothing of one that is not a language", () => {
    expect(bookerLocaleOf("en-US,en;q=0.9")).toBe("en-US");
    expect(bookerLocaleOf("de;q=0.4, en-GB")).toBe("en-GB");
    expect(bookerLocaleOf("en-US-u-ca-gregory-nu-latn-hc-h23-fw-mon-x-abcdefgh")).toBeNull();
    expect(bookerLocaleOf("\u0000")).toBeNull();
    expect(bookerLocaleOf(null)).toBeNull();
  });
});
