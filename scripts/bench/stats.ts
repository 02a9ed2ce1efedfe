// Small statistics shared by the bench modules (not itself a bench: scripts/bench.ts does not list it).

/** Median of `xs` (the mean of the two middle values when the count is even). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
