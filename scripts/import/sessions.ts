import type { Session, SessionRow } from '../../src/calc/export-types.ts'
import type { F1dbRow } from './f1db-rows.ts'
import { baseRow, type RaceContext, sessionSource, timeFields } from './session-rows.ts'
import { gridStatus, numericPosition, raceStatus, sessionStatus } from './status.ts'

/** Practice, warm-up, pre-qualifying, one-session qualifying, fastest laps: time, gap, laps. */
export function timedSession(context: RaceContext, file: string, code: string): Session | null {
  const rows = sessionSource(context, file)
  if (!rows) return null
  return {
    code,
    rows: rows.map((row) => ({
      ...baseRow(context, row, file),
      ...timeFields(context, row.time, file),
      lap_release: code === 'FL' ? row.lap : null,
      delta: row.gap,
      status: sessionStatus(row.position),
    })),
  }
}

/** What the starting grid takes from qualifying, by F1DB driver slug. */
export interface GridExtras {
  /** Knockout: laps run over the whole qualifying, F1DB qualifying-results.yml `laps`. */
  lapsQ: ReadonlyMap<string, number>
  /** Two-session years: the combined qualifying time, used when the grid row has none. */
  times: ReadonlyMap<string, string>
}

/**
 * Starting grid (GRID, SGRID): the slot, the qualifying time it came from; "PL" is a pit-lane
 * start without a slot. Only GRID carries total_laps_q (the seed's field for GRID).
 */
export function gridSession(
  context: RaceContext,
  file: string,
  code: string,
  extras: GridExtras | null,
): Session | null {
  const rows = sessionSource(context, file)
  if (!rows) return null
  return {
    code,
    rows: rows.map((row) => {
      const raw = row.time ?? extras?.times.get(row.driverId) ?? null
      const fields = {
        ...baseRow(context, row, file),
        ...timeFields(context, raw, file),
        laps: null,
        status: gridStatus(row.position),
      }
      if (!extras) return fields
      return { ...fields, total_laps_q: extras.lapsQ.get(row.driverId) ?? null }
    }),
  }
}

/**
 * v3.3 fields of a race or sprint row (docs/export-v3.3.md): points always (0 when F1DB has
 * none), the others only when F1DB has them; shared_car marks the second driver of a car.
 */
export function raceExtras(row: F1dbRow): Partial<SessionRow> {
  return {
    points: row.points ?? 0,
    ...(row.gridPosition !== null ? { grid: row.gridPosition } : {}),
    ...(row.timePenalty !== null ? { time_penalty: row.timePenalty } : {}),
    ...(row.sharedCar ? { shared_car: true as const } : {}),
  }
}

/**
 * Race or sprint: the car's race time ("1:27:02.624" for the winner), the gap for a classified
 * car (its retirement reason if it has no gap), the reason for the others, and the status.
 */
export function raceSession(context: RaceContext, file: string, code: string): Session | null {
  const rows = sessionSource(context, file)
  if (!rows) return null
  return {
    code,
    rows: rows.map((row) => {
      const classified = numericPosition(row.position) !== null
      return {
        ...baseRow(context, row, file),
        ...timeFields(context, row.time, file),
        delta: classified ? (row.gap ?? row.reasonRetired) : row.reasonRetired,
        status: raceStatus(row.position, row.reasonRetired),
        ...raceExtras(row),
      }
    }),
  }
}
