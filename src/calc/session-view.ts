import type { Participant, Session, SessionRow } from './export-types.ts'
import { gapToBest, isOutside107, pctOfBest, sessionBestMs } from './gaps.ts'
import { totalLapsQ } from './grid.ts'
import { raceIntervals } from './race-interval.ts'
import { normalizeStatus, raceTimeOrGap, statusReason } from './race-result.ts'
import { hasComputedGaps, sessionKind } from './session-codes.ts'

/** One row of a session table: the export's row plus what the page derives from it. */
export interface SessionViewRow {
  key: string
  row: SessionRow
  /** 1-based order in the export (the classification order when positions are missing). */
  order: number
  carNumber: string | null
  tyres: string | null
  engine: string | null
  gap: string | null
  pct: number | null
  outside107: boolean
  isSessionBest: boolean
  totalLapsQ: number | null
  timeOrGap: string | null
  /** Race: interval to the car ahead ("+2.335", "+1 lap"); the winner shows the race time. */
  interval: string | null
  status: string | null
  reason: string | null
}

export interface SessionView {
  code: string
  bestMs: number | null
  rows: SessionViewRow[]
  /** Which optional columns have anything to show. */
  has: { carNumber: boolean; tyres: boolean; engine: boolean; laps: boolean; pct: boolean }
}

const PCT_KINDS = new Set(['qualifying', 'prequalifying', 'sprint-qualifying'])

export function buildSessionView(
  session: Session,
  sessions: readonly Session[],
  participants: Record<string, Participant> | undefined,
): SessionView {
  const kind = sessionKind(session.code)
  const computeGaps = hasComputedGaps(session.code)
  const bestMs = computeGaps ? sessionBestMs(session.rows) : null
  const isRace = kind === 'race' || kind === 'sprint'
  const intervals = isRace ? raceIntervals(session.rows) : []
  const rows = session.rows.map((row, index): SessionViewRow => {
    const lookup = participants?.[String(row.driver_id)]
    const pct = PCT_KINDS.has(kind) ? pctOfBest(row.best_lap_ms, bestMs) : null
    return {
      key: `${row.driver_id}-${index}`,
      row,
      order: index + 1,
      carNumber: lookup?.num_car ?? null,
      tyres: lookup?.tyres ?? null,
      engine: row.engine ?? lookup?.engine ?? null,
      gap: computeGaps ? gapToBest(row.best_lap_ms, bestMs) : row.delta,
      pct,
      outside107: isOutside107(pct),
      isSessionBest: bestMs != null && row.best_lap_ms === bestMs,
      totalLapsQ: kind === 'grid' ? totalLapsQ(row, sessions) : null,
      timeOrGap: isRace ? raceTimeOrGap(row, index === 0) : null,
      interval: index === 0 && isRace ? raceTimeOrGap(row, true) : (intervals[index] ?? null),
      status: normalizeStatus(row.status),
      reason: statusReason(row),
    }
  })
  return {
    code: session.code,
    bestMs,
    rows,
    has: {
      carNumber: rows.some((r) => r.carNumber != null),
      tyres: rows.some((r) => r.tyres != null),
      engine: rows.some((r) => r.engine != null),
      laps: rows.some((r) => r.row.laps != null),
      pct: rows.some((r) => r.pct != null),
    },
  }
}
