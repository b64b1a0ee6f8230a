import type { SessionsFile } from '../../calc/export-types.ts'
import { m } from './message.ts'
import type { FileLog } from './problem.ts'

/** Who is in a race's sessions.json, and which session codes it has (normalized). */
export interface RaceDrivers {
  drivers: Set<number>
  codes: Set<string>
}

export function raceDrivers(file: SessionsFile): RaceDrivers {
  const drivers = new Set<number>()
  for (const session of file.sessions) for (const row of session.rows) drivers.add(row.driver_id)
  return { drivers, codes: new Set(file.sessions.map((session) => session.code)) }
}

/**
 * The drivers of a sessions.json that the schema refused, as far as they can be read: the
 * lookups are then checked against them instead of being skipped (a broken time in one row does
 * not make every name of drivers.min.json "unknown"). null when the text is not JSON.
 */
export function looseRaceDrivers(text: string): RaceDrivers | null {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const drivers = new Set<number>()
  const sessions = (json as { sessions?: unknown } | null)?.sessions
  if (!Array.isArray(sessions)) return null
  for (const session of sessions) {
    const rows = (session as { rows?: unknown } | null)?.rows
    if (!Array.isArray(rows)) continue
    for (const row of rows) {
      const id = Number((row as { driver_id?: unknown } | null)?.driver_id)
      if (Number.isInteger(id)) drivers.add(id)
    }
  }
  return { drivers, codes: new Set() }
}

interface DriverItem {
  driver_id: number
  driver_name: string
}

/** One item per driver in `list` ("best_times", "rows", "drivers"): a twin is an error. */
export function checkOnePerDriver(items: readonly DriverItem[], list: string, log: FileLog): void {
  firstIndexes(
    items,
    (item) => item.driver_id,
    (index, first) =>
      log.error(
        `${list}[${index}].driver_id`,
        m`driver ${items[index]?.driver_id} (${items[index]?.driver_name}) is already ${list}[${first}]`,
      ),
  )
}

/** A driver of perftime.json or resume.json must be in some session of sessions.json. */
export function checkInSessions(
  items: readonly DriverItem[],
  list: string,
  race: RaceDrivers,
  log: FileLog,
): void {
  items.forEach((item, index) => {
    if (!race.drivers.has(item.driver_id)) {
      log.error(
        `${list}[${index}].driver_id`,
        m`driver ${item.driver_id} (${item.driver_name}) is in no session of sessions.json`,
      )
    }
  })
}

/** The first index of each key; later ones are reported as already there. */
export function firstIndexes<T, K>(
  items: readonly T[],
  key: (item: T) => K,
  onTwin: (index: number, first: number) => void,
): Map<K, number> {
  const seen = new Map<K, number>()
  items.forEach((item, index) => {
    const first = seen.get(key(item))
    if (first === undefined) seen.set(key(item), index)
    else onTwin(index, first)
  })
  return seen
}
