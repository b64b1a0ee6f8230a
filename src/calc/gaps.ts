import type { SessionRow } from './export-types.ts'
import { formatGap } from './lap-time.ts'
import { pctOf } from './percent.ts'

/** The session's best lap in ms (smallest positive best_lap_ms), or null. */
export function sessionBestMs(rows: readonly SessionRow[]): number | null {
  let best: number | null = null
  for (const row of rows) {
    const ms = row.best_lap_ms
    if (ms != null && ms > 0 && (best === null || ms < best)) best = ms
  }
  return best
}

/**
 * Gap of a lap to the session best, as the export writes it: "+0.139". The best lap itself and
 * rows without a time have no gap (null).
 */
export function gapToBest(ms: number | null, bestMs: number | null): string | null {
  if (ms == null || bestMs == null || ms <= bestMs) return null
  return formatGap(ms - bestMs)
}

/** % of the session best, 2 decimals (100.17), or null without a time. */
export function pctOfBest(ms: number | null, bestMs: number | null): number | null {
  if (ms == null || bestMs == null || ms <= 0) return null
  return pctOf(ms, bestMs)
}

/** The 107 % rule: a qualifying lap slower than 107 % of the best does not qualify by right. */
export function isOutside107(pct: number | null): boolean {
  return pct != null && pct > 107
}
