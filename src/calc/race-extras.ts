import type { Session, SessionRow } from './export-types.ts'

/**
 * What a race row's v3.3 fields say to a fan: places gained from the grid, the time penalty in
 * seconds, the fastest-lap holder, the shared cars. Every one is null/empty when the file does
 * not carry the field: nothing is invented for a v3.2 file.
 */

/** Places gained (+) or lost (−) from the grid to the flag; null without both positions. */
export function placesGained(row: Pick<SessionRow, 'grid' | 'position'>): number | null {
  if (row.grid == null || row.position == null) return null
  return row.grid - row.position
}

/** "5.000" → 5; null when the row has no penalty or its text is not a number of seconds. */
export function penaltySeconds(row: Pick<SessionRow, 'time_penalty'>): number | null {
  const raw = row.time_penalty
  if (raw == null || !/^\d+(\.\d+)?$/.test(raw.trim())) return null
  const seconds = Number(raw)
  return seconds > 0 ? seconds : null
}

/**
 * The driver of the race's fastest lap: P1 of the FL session (its best time when positions are
 * missing); null without an FL session or times.
 */
export function fastestLapHolder(sessions: readonly Session[]): SessionRow | null {
  const rows = sessions.find((session) => session.code === 'FL')?.rows ?? []
  const first = rows.find((row) => row.position === 1)
  if (first) return first
  const timed = rows.filter((row) => row.best_lap_ms != null)
  if (timed.length === 0) return null
  return timed.reduce((best, row) =>
    (row.best_lap_ms ?? 0) < (best.best_lap_ms ?? 0) ? row : best,
  )
}

/** Positions held by a shared car: both drivers' rows carry the same position. */
export function sharedCarPositions(rows: readonly SessionRow[]): Set<number> {
  const positions = new Set<number>()
  for (const row of rows) {
    if (row.shared_car && row.position != null) positions.add(row.position)
  }
  return positions
}
