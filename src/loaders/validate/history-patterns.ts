import type { SessionRow, SessionsFile } from '../../calc/export-types.ts'
import { normalizeSessionCode } from '../../calc/session-codes.ts'
import { sessionKind } from '../../calc/session-kinds.ts'

/**
 * What real history leaves in one session's positions that a defect would not, read from the
 * whole sessions.json (F1DB 1950–2026): the validator reports these as notes, not errors.
 */
export interface SessionHistory {
  /** Places a session may leave empty on purpose (see holeBudget in check-sessions.ts). */
  extra: number
  /** Drivers who did not start the race: their grid slot may be shared with the car that took it. */
  nonStarters: ReadonlySet<number>
  /**
   * Before 1996, F1DB numbers practice, qualifying, warm-up and fastest-lap sessions as its
   * period sources did, skipping cars whose time was not kept (1952 Germany Q: 27, 29, 30, 32;
   * 1981 Austria Q2: 26, 29): a hole there is a note. Races and grids are never lenient.
   */
  lenientHoles: boolean
}

// The last season whose side sessions F1DB numbers with holes (1992 Hungary pre-qualifying).
const LENIENT_UNTIL = 1995

export function sessionHistory(file: SessionsFile, code: string): SessionHistory {
  const kind = sessionKind(code)
  const raceCode = code === 'GRID' ? 'RACE' : code === 'SGRID' ? 'SPRINT' : null
  const race =
    raceCode === null
      ? undefined
      : file.sessions.find((other) => normalizeSessionCode(other.code) === raceCode)
  const left = race?.rows.filter(leftTheGrid) ?? []
  const sideSession = !['race', 'sprint', 'grid', 'sprint-grid', 'unknown'].includes(kind)
  return {
    extra: left.length,
    nonStarters: new Set(left.filter((row) => row.status === 'np').map((row) => row.driver_id)),
    lenientHoles: sideSession && file.meta.year <= LENIENT_UNTIL,
  }
}

/**
 * A starting grid keeps the slot of a car that then did not start (np in the race: 2022
 * Belgium) and of a car excluded with its team (dsq without a grid: Tyrrell in 1984 Brazil,
 * slots 18 and 22 left empty).
 */
function leftTheGrid(row: SessionRow): boolean {
  return row.status === 'np' || (row.status === 'dsq' && row.grid === undefined)
}

/**
 * A car out on lap 0 that F1DB ranks at its grid slot (1987 Austria: Streiff 25th, retired at
 * the start): that number is a grid slot, not a finishing place.
 */
export function rankedAtGridSlot(row: SessionRow): boolean {
  return row.status === 'ab' && row.laps === 0 && row.position !== null && row.grid === row.position
}

/**
 * A slip of the source: F1DB numbers a row p as the next row, leaving p-1 empty, though its time
 * sits between the rows around it (1983 Belgium Q2: Alboreto 7, Prost 9, Boesel 9, times in
 * order). The time decides: that row is p-1.
 */
export function misnumbered(
  rows: readonly SessionRow[],
  positions: ReadonlyMap<number, number>,
  position: number,
  holder: number,
  second: SessionRow,
): boolean {
  const first = rows[holder]
  const before = rows[positions.get(position - 2) ?? -1]
  if (!first || positions.has(position - 1) || position < 2) return false
  const time = first.best_lap_ms
  if (time === null || second.best_lap_ms === null || time >= second.best_lap_ms) return false
  if (position === 2) return true
  return before !== undefined && before.best_lap_ms !== null && before.best_lap_ms < time
}
