// The gut-check scale from the practice's method: does this option resonate?
export const RESONANCE_SCALE = [
  { value: 1, label: "Not aligning" },
  { value: 2, label: "Mostly flat" },
  { value: 3, label: "Curious, not sure yet" },
  { value: 4, label: "Drawn to it" },
  { value: 5, label: "A bolt of calm and clarity" },
] as const;

export type Resonance = (typeof RESONANCE_SCALE)[number]["value"];

export function resonanceLabel(value: number | null | undefined): string | null {
  return RESONANCE_SCALE.find((step) => step.value === value)?.label ?? null;
}

/** The mean of the given ratings to one decimal, or null when there are none. */
export function averageResonance(values: Array<number | null | undefined>): number | null {
  const rated = values.filter((value): value is number => typeof value === "number");
  if (rated.length === 0) return null;
  return Math.round((rated.reduce((sum, value) => sum + value, 0) / rated.length) * 10) / 10;
}
