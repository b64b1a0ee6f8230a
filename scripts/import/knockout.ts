import type { Session } from '../../src/calc/export-types.ts'
import { parseLapTime } from '../../src/calc/lap-time.ts'
import type { F1dbRow } from './f1db-rows.ts'
import { baseRow, type RaceContext, timeFields } from './session-rows.ts'
import { sessionStatus } from './status.ts'

const PARTS = ['q1', 'q2', 'q3'] as const

/** A qualifying file is knockout when it has times in q1/q2/q3 columns instead of `time`. */
export function isKnockout(rows: F1dbRow[]): boolean {
  return rows.some((row) => PARTS.some((part) => row[part] !== null))
}

/**
 * Knockout qualifying (q1/q2/q3 columns) → one session per part ("Q" → Q1, Q2, Q3; "SQ" → SQ1…):
 * the drivers with a time in that part, placed by it (ties keep the file order); in the first
 * part the drivers without a time follow, unplaced. F1DB does not split laps or gaps per part:
 * laps and delta stay null (GRID carries the qualifying laps as total_laps_q; the page computes
 * gaps of non-race sessions from the times).
 */
export function knockoutSessions(
  context: RaceContext,
  rows: F1dbRow[],
  file: string,
  prefix: string,
): Session[] {
  return PARTS.filter((part) => rows.some((row) => row[part] !== null)).map((part) => {
    const entries = rows.map((row, order) => ({ row, order, ms: parseLapTime(row[part]) }))
    const timed = entries
      .filter((entry) => entry.ms !== null)
      .sort((a, b) => (a.ms ?? 0) - (b.ms ?? 0) || a.order - b.order)
    const untimed = part === 'q1' ? entries.filter((entry) => entry.ms === null) : []
    const number = part.slice(1)
    return {
      code: `${prefix}${number}`,
      rows: [...timed, ...untimed].map(({ row, ms }, index) => ({
        ...baseRow(context, row, file),
        ...timeFields(context, row[part], `${file} ${part}`),
        position: ms === null ? null : index + 1,
        laps: null,
        status: sessionStatus(row.position),
      })),
    }
  })
}
