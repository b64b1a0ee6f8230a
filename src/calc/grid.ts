import type { Session, SessionRow } from './export-types.ts'
import { sessionKind } from './session-kinds.ts'

/**
 * total_laps_q of a GRID row: read from the row when the export carries it, otherwise the sum of
 * the driver's laps over the qualifying sessions Q1–Q4. Null when no qualifying session has a lap
 * count for that driver (unknown is not zero).
 */
export function totalLapsQ(row: SessionRow, sessions: readonly Session[]): number | null {
  if (row.total_laps_q != null) return row.total_laps_q
  let total: number | null = null
  for (const session of sessions) {
    if (sessionKind(session.code) !== 'qualifying') continue
    for (const candidate of session.rows) {
      if (candidate.driver_id === row.driver_id && candidate.laps != null) {
        total = (total ?? 0) + candidate.laps
      }
    }
  }
  return total
}
