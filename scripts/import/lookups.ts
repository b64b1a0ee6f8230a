import type { Participant, SessionsFile } from '../../src/calc/export-types.ts'
import { type EntrantDriver, findEntrant } from './entrants.ts'
import { type F1dbRow, readRows } from './f1db-rows.ts'
import type { RaceContext } from './session-rows.ts'

/** Where a driver's car is read from, best first: the race, then the other sessions. */
const PRIORITY = [
  'race-results.yml',
  'starting-grid-positions.yml',
  'sprint-race-results.yml',
  'sprint-starting-grid-positions.yml',
  'qualifying-results.yml',
  'qualifying-1-results.yml',
  'qualifying-2-results.yml',
  'sprint-qualifying-results.yml',
  'pre-qualifying-results.yml',
  'warming-up-results.yml',
  'fastest-laps.yml',
]

function rowsByDriver(context: RaceContext): Map<string, F1dbRow> {
  const practice = context.reader
    .names(context.folder)
    .filter((name) => /^free-practice-\d+-results\.yml$/.test(name))
  const byDriver = new Map<string, F1dbRow>()
  for (const file of [...PRIORITY, ...practice]) {
    for (const row of readRows(context.reader, `${context.folder}/${file}`) ?? []) {
      if (!byDriver.has(row.driverId)) byDriver.set(row.driverId, row)
    }
  }
  return byDriver
}

/**
 * participants.json entries of one race, for every driver of any of its sessions: car number,
 * team, engine (the entrant's engine fullName, "Honda RBPTH001 1.6 V6 T H"; the engine maker's
 * name when the entrant's engine is unknown), tyres, race laps (null when not in the race).
 */
export function raceParticipants(
  context: RaceContext,
  file: SessionsFile,
  entrants: EntrantDriver[],
): Record<string, Participant> {
  const { reader, ids } = context
  const inSessions = new Set(file.sessions.flatMap((s) => s.rows.map((row) => row.driver_id)))
  const raceLaps = new Map(
    (readRows(reader, `${context.folder}/race-results.yml`) ?? []).map((row) => [
      row.driverId,
      row.laps,
    ]),
  )
  const result: Record<string, Participant> = {}
  for (const [slug, row] of rowsByDriver(context)) {
    const id = ids.of(slug)
    if (!inSessions.has(id)) continue
    const entrant = findEntrant(entrants, row, file.meta.round)
    const engineMaker = row.engineManufacturerId
      ? reader.text('engine-manufacturers', row.engineManufacturerId)
      : null
    const tyres = row.tyreManufacturerId ?? entrant?.tyreManufacturerId ?? null
    result[String(id)] = {
      num_car: row.driverNumber,
      team: reader.text('constructors', row.constructorId),
      engine: entrant?.engineId
        ? reader.text('engines', entrant.engineId, 'fullName')
        : engineMaker,
      tyres: tyres ? reader.text('tyre-manufacturers', tyres) : null,
      laps: raceLaps.get(slug) ?? null,
    }
  }
  return result
}

/** drivers.min.json entries of a race: every driver of its sessions, by export id. */
export function addDriverNames(file: SessionsFile, into: Map<number, string>): void {
  for (const session of file.sessions) {
    for (const row of session.rows) into.set(row.driver_id, row.driver_name)
  }
}

/** An object with numeric keys in ascending order (stable output whatever the import order). */
export function byNumericKey<T>(entries: Iterable<[number | string, T]>): Record<string, T> {
  return Object.fromEntries(
    [...entries]
      .map(([key, value]) => [String(key), value] as const)
      .sort(([a], [b]) => Number(a) - Number(b)),
  )
}
