/** 100 × time / reference, rounded to 2 decimals: 83584 vs 83445 → 100.17. */
export function pctOf(ms: number, referenceMs: number): number {
  return Math.round((ms / referenceMs) * 10_000) / 100
}
