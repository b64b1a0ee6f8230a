import type { SessionRow } from '../../src/calc/export-types.ts'
import { parseLapTime } from '../../src/calc/lap-time.ts'
import type { DriverIds } from './driver-id.ts'
import { type F1dbRow, readRows } from './f1db-rows.ts'
import type { F1dbReader } from './read-yaml.ts'
import { isKnownPosition, numericPosition } from './status.ts'

/** What building the sessions of one race folder needs. */
export interface RaceContext {
  reader: F1dbReader
  ids: DriverIds
  /** Relative to the data root: "seasons/2023/races/22-abu-dhabi". */
  folder: string
  warn: (message: string) => void
  /** A documented F1DB pattern met (docs/importer.md): counted, not a warning. */
  note?: ((message: string) => void) | undefined
}

/**
 * The rows of a results file of the race folder, one per driver: F1DB occasionally lists a
 * driver twice in a file (2023 British GP qualifying: Bottas NC with a Q1 time, then DSQ with
 * none); the first row is kept, with a warning, so a session never shows a driver twice.
 */
export function sessionSource(context: RaceContext, file: string): F1dbRow[] | null {
  const relative = `${context.folder}/${file}`
  const rows = readRows(context.reader, relative)
  if (!rows) return null
  const seen = new Map<string, F1dbRow>()
  return rows.filter((row) => {
    if (!isKnownPosition(row.position)) {
      context.warn(`${relative}: unknown position "${row.position}" (${row.driverId})`)
    }
    const first = seen.get(row.driverId)
    if (!first) {
      seen.set(row.driverId, row)
      return true
    }
    if (first.driverNumber !== row.driverNumber && context.note) {
      // 1950s: a driver who took over a team-mate's car is listed once per car he drove.
      context.note(`${relative}: ${row.driverId} drove two cars, his first row is kept`)
    } else context.warn(`${relative}: ${row.driverId} listed twice, the later row is ignored`)
    return false
  })
}

/** Every field of the seed, null where the session type does not fill it. */
export function baseRow(context: RaceContext, row: F1dbRow, file: string): SessionRow {
  const { reader } = context
  return {
    driver_id: context.ids.of(row.driverId),
    driver_name: reader.text('drivers', row.driverId),
    team: reader.text('constructors', row.constructorId),
    engine: row.engineManufacturerId
      ? reader.text('engine-manufacturers', row.engineManufacturerId)
      : null,
    position: numericPosition(row.position),
    best_lap_time_raw: null,
    best_lap_ms: null,
    laps: row.laps,
    lap_release: null,
    delta: null,
    status: null,
    source_name: `F1DB ${file}`,
  }
}

/** The time as F1DB writes it and in ms: "1:26.993" → 86993 (a time that is not one: warning). */
export function timeFields(
  context: RaceContext,
  raw: string | null,
  where: string,
): Pick<SessionRow, 'best_lap_time_raw' | 'best_lap_ms'> {
  const ms = raw === null ? null : parseLapTime(raw)
  if (raw !== null && ms === null)
    context.warn(`${context.folder}/${where}: unreadable time "${raw}"`)
  return { best_lap_time_raw: raw, best_lap_ms: ms }
}
