// WCAG 2.2 contrast, for colours as #rgb or #rrggbb: relative luminance and the ratio between two colours.
// https://www.w3.org/TR/WCAG22/#dfn-relative-luminance and #dfn-contrast-ratio

/** What normal-size text needs against its background to pass AA. */
export const AA_TEXT_CONTRAST = 4.5;

const HEX = /^#(?:[0-9a-f]{3}){1,2}$/i;

export const isHexColor = (value: string) => HEX.test(value);

/** The red, green and blue channels, 0–255; throws on anything but #rgb or #rrggbb (a bug of ours, not input). */
export function channelsOf(hex: string): [number, number, number] {
  if (!isHexColor(hex)) throw new Error(`Not a hex colour: ${hex}`);
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join("") : digits;
  return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as [number, number, number];
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = channelsOf(hex).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 (the same colour) to 21 (black on white); the order of the two does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const toHex = (channels: readonly number[]) =>
  `#${channels.map((value) => Math.round(value).toString(16).padStart(2, "0")).join("")}`;

/**
 * `color` itself when it reaches AA against the light colour `light` (white text on it, or it as text on white),
 * otherwise the lightest shade of it, mixed towards black in 5% steps, that does. Keeps the practice's hue.
 */
export function shadeReadableAgainst(color: string, light: string): string {
  const channels = channelsOf(color);
  for (let step = 0; step < 20; step += 1) {
    const shade = toHex(channels.map((value) => value * (1 - step / 20)));
    if (contrastRatio(shade, light) >= AA_TEXT_CONTRAST) return shade;
  }
  return "#000000";
}
