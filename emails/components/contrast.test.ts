import { describe, expect, it } from "vitest";
import { brandTextColor, buttonColors, palette } from "./colors";
import { AA_TEXT_CONTRAST, contrastRatio, relativeLuminance, shadeReadableAgainst } from "./contrast";

// Every colour of the RGB cube in steps of 0x33: 216 brand colours, from black to white through every hue.
const STEPS = [0x00, 0x33, 0x66, 0x99, 0xcc, 0xff];
const hex = (...channels: number[]) => `#${channels.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
const CUBE = STEPS.flatMap((r) => STEPS.flatMap((g) => STEPS.map((b) => hex(r, g, b))));

describe("WCAG contrast", () => {
  it("gives the reference luminances and ratios", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#fff")).toBe(1);
    expect(contrastRatio("#ffffff", "#000000")).toBe(21);
    expect(contrastRatio("#000000", "#ffffff")).toBe(21);
    expect(contrastRatio("#0f766e", "#0f766e")).toBe(1);
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(AA_TEXT_CONTRAST);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("refuses what is not a hex colour", () => {
    expect(() => relativeLuminance("red")).toThrow("Not a hex colour");
    expect(() => contrastRatio("#12345", "#fff")).toThrow("Not a hex colour");
  });

  it("darkens a colour only as far as it must to read against white", () => {
    expect(shadeReadableAgainst("#0f766e", "#ffffff")).toBe("#0f766e");
    const shade = shadeReadableAgainst("#38bdf8", "#ffffff");
    expect(contrastRatio(shade, "#ffffff")).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(relativeLuminance(shade)).toBeLessThan(relativeLuminance("#38bdf8"));
    expect(shade).not.toBe("#000000");
  });
});

describe("the colours of an email", () => {
  it("give every text colour AA contrast on the surfaces it sits on", () => {
    for (const [text, surface] of [
      [palette.ink, palette.card],
      [palette.quote, palette.card],
      [palette.muted, palette.card],
      [palette.muted, palette.page], // the footer
    ] as const) {
      expect(contrastRatio(text, surface), `${text} on ${surface}`).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    }
  });

  it("put white on a dark brand colour, dark ink on a light one, and darken a mid-tone on which neither reads", () => {
    expect(buttonColors("#0f766e")).toEqual({ background: "#0f766e", text: palette.card });
    expect(buttonColors("#fde047")).toEqual({ background: "#fde047", text: palette.ink });
    const midTone = buttonColors("#7c7c7c");
    expect(midTone.text).toBe(palette.card);
    expect(midTone.background).not.toBe("#7c7c7c");
  });

  it("make every brand colour's button and links readable", () => {
    for (const brand of CUBE) {
      const button = buttonColors(brand);
      expect(contrastRatio(button.background, button.text), `button on ${brand}`).toBeGreaterThanOrEqual(
        AA_TEXT_CONTRAST,
      );
      expect(contrastRatio(brandTextColor(brand), palette.card), `link in ${brand}`).toBeGreaterThanOrEqual(
        AA_TEXT_CONTRAST,
      );
    }
  });
});
