/** Nearest-rank percentile (0–100) of samples; the samples need not be sorted. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function ms(value: number, digits = 2): string {
  return `${value.toFixed(digits)} ms`;
}
