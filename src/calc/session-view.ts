import type { Participant, Session, SessionRow } from './export-types.ts'
import { gapToBest, isOutside107, pctOfBest, sessionBestMs } from './gaps.ts'
import { totalLapsQ } from './grid.ts'
import {
  fastestLapHolder,
  penaltySeconds,
  placesGained,
  sharedCarPositions,
} from './race-extras.ts'
import { raceIntervals } from './race-interval.ts'
import { normalizeStatus, raceTimeOrGap, statusReason } from './race-result.ts'
import {
  type SessionColumnId,
  type SessionKindRules,
  type SessionMarker,
  sessionRules,
} from './session-kinds.ts'

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
  /** v3.3 race rows: places gained from the grid (negative: lost), time penalty in seconds. */
  gained: number | null
  penalty: number | null
  /** Holds the race's fastest lap (FL session); in a shared car (same position as another). */
  fastestLap: boolean
  sharedCar: boolean
  /** The markers this row draws, from its kind's rules (session-kinds.ts). */
  markers: SessionMarker[]
}

export interface SessionView {
  code: string
  rules: SessionKindRules
  bestMs: number | null
  rows: SessionViewRow[]
  /** The columns shown, in order: the kind's, less the optional ones no row has data for. */
  columns: SessionColumnId[]
  /** The markers the table draws, in the kind's order: what its legend lists. */
  markers: SessionMarker[]
}

/** Optional columns: shown only when a row has something for them. */
const OPTIONAL: Partial<Record<SessionColumnId, (row: SessionViewRow) => unknown>> = {
  no: (row) => row.carNumber,
  tyres: (row) => row.tyres,
  engine: (row) => row.engine,
  laps: (row) => row.row.laps,
  pct: (row) => row.pct,
  qlaps: (row) => row.totalLapsQ,
  pts: (row) => row.row.points,
  grid: (row) => row.row.grid,
  gained: (row) => row.gained,
}

/** The markers a row draws, by its kind's rules. */
function rowMarkers(rules: SessionKindRules, view: Omit<SessionViewRow, 'markers'>) {
  const position = view.row.position
  const drawn: Record<SessionMarker, boolean> = {
    best: view.isSessionBest,
    fastest: view.isSessionBest,
    pole: position === 1,
    podium: position != null && position <= 3 && view.status == null,
    outside107: view.outside107,
    fastestLap: view.fastestLap,
    penalty: view.penalty != null,
    sharedCar: view.sharedCar,
  }
  return rules.markers.filter((marker) => drawn[marker])
}

export function buildSessionView(
  session: Session,
  sessions: readonly Session[],
  participants: Record<string, Participant> | undefined,
): SessionView {
  const rules = sessionRules(session.code)
  const computeGaps = rules.gaps === 'best-lap'
  const bestMs = computeGaps ? sessionBestMs(session.rows) : null
  const isRace = rules.race
  const intervals = isRace ? raceIntervals(session.rows) : []
  const fastest = rules.markers.includes('fastestLap') ? fastestLapHolder(sessions) : null
  const shared = isRace ? sharedCarPositions(session.rows) : new Set<number>()
  const rows = session.rows.map((row, index): SessionViewRow => {
    const lookup = participants?.[String(row.driver_id)]
    const pct = rules.pct ? pctOfBest(row.best_lap_ms, bestMs) : null
    const view = {
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
      totalLapsQ: rules.qualifyingLaps ? totalLapsQ(row, sessions) : null,
      timeOrGap: isRace ? raceTimeOrGap(row, index === 0) : null,
      interval: index === 0 && isRace ? raceTimeOrGap(row, true) : (intervals[index] ?? null),
      status: normalizeStatus(row.status),
      reason: statusReason(row),
      gained: isRace ? placesGained(row) : null,
      penalty: isRace ? penaltySeconds(row) : null,
      fastestLap: fastest != null && fastest.driver_id === row.driver_id,
      sharedCar: row.position != null && shared.has(row.position),
    }
    return { ...view, markers: rowMarkers(rules, view) }
  })
  return {
    code: session.code,
    rules,
    bestMs,
    rows,
    columns: rules.columns.filter((id) => {
      const value = OPTIONAL[id]
      return !value || rows.some((row) => value(row) != null)
    }),
    markers: rules.markers.filter((marker) => rows.some((row) => row.markers.includes(marker))),
  }
}
