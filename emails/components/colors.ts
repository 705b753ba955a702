import { AA_TEXT_CONTRAST, contrastRatio, isHexColor, shadeReadableAgainst } from "./contrast";

// The colours of every email. Each text colour reaches WCAG AA on the surfaces it sits on (emails.test checks
// every pairing), and a practice's brand colour is adjusted where text meets it.

export const palette = {
  ink: "#0f172a",
  /** Secondary text, on the card and on the page around it. */
  muted: "#475569",
  quote: "#334155",
  line: "#e2e8f0",
  card: "#ffffff",
  page: "#f1f5f9",
} as const;

export const DEFAULT_BRAND_COLOR = "#0f766e";

/** A practice's colour when it is a #rgb/#rrggbb hex, otherwise the Fieldnotes teal. */
export function safeBrandColor(color?: string | null): string {
  const trimmed = color?.trim() ?? "";
  return isHexColor(trimmed) ? trimmed : DEFAULT_BRAND_COLOR;
}

/**
 * A button in the brand colour: white text when it reads there, dark ink on a brand colour too light for white, and
 * for a mid-tone on which neither reads, white on the lightest darker shade of it that does.
 */
export function buttonColors(brand: string): { background: string; text: string } {
  if (contrastRatio(brand, palette.card) >= AA_TEXT_CONTRAST) return { background: brand, text: palette.card };
  if (contrastRatio(brand, palette.ink) >= AA_TEXT_CONTRAST) return { background: brand, text: palette.ink };
  return { background: shadeReadableAgainst(brand, palette.card), text: palette.card };
}

/** The brand colour as text on the card (links), darkened only as far as it must be to read. */
export const brandTextColor = (brand: string) => shadeReadableAgainst(brand, palette.card);
