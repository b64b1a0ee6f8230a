import type {
  ChampionshipConstructor,
  ChampionshipDriver,
  ChampionshipFile,
} from '../../src/calc/export-types.ts'
import type { DriverIds } from './driver-id.ts'
import { type F1dbRace, integer, readRows, text } from './f1db-rows.ts'
import type { F1dbReader } from './read-yaml.ts'
import { numericPosition } from './status.ts'

export interface SeasonRace {
  race: F1dbRace
  folder: string
}

export interface Standing {
  rank: number
  /** Excluded from the championship (F1DB `position: DSQ` / `EX`: 1984 Tyrrell, 1997 Schumacher). */
  excluded: boolean
  id: string
  engineId: string | null
  points: number
}

const EXCLUDED = new Set(['DSQ', 'EX'])

// A race entry that did not take the start is not a start (F1DB positions).
const NOT_STARTED = new Set(['DNS', 'DNQ', 'DNPQ'])

export function standings(reader: F1dbReader, relative: string, idKey: string): Standing[] | null {
  const records = reader.records(relative)
  if (!records) return null
  return records.map((record, index) => {
    const position = integer(record, 'position')
    const excluded = EXCLUDED.has(String(record.position))
    const id = text(record, idKey)
    const points = record.points ?? 0
    if ((position === null && !excluded) || id === null || typeof points !== 'number') {
      throw new Error(`${reader.path(relative)}: a row needs position, ${idKey} and points`)
    }
    // An excluded entry has no rank: its place in F1DB's list stands for one (it is listed last).
    const rank = position ?? index + 1
    return { rank, excluded, id, engineId: text(record, 'engineManufacturerId'), points }
  })
}

type Tally = { wins: number; podiums: number; starts: number; team: string | null }

/**
 * seasons/<year>/championship.json, when the season folder has F1DB's final standings: rank and
 * points as F1DB has them; wins, podiums and starts counted from the season's race results;
 * team = constructor of the driver's last race entry; updated_at = date of the last race.
 */
export function championship(
  reader: F1dbReader,
  ids: DriverIds,
  year: number,
  races: SeasonRace[],
): ChampionshipFile | null {
  const drivers = standings(reader, `seasons/${year}/driver-standings.yml`, 'driverId')
  const teams = standings(reader, `seasons/${year}/constructor-standings.yml`, 'constructorId')
  // No constructors' championship before 1958: the drivers' one is written alone.
  if (!drivers || races.length === 0) return null
  const driverTally = new Map<string, Tally>()
  const teamTally = new Map<string, Tally>()
  const ordered = [...races].sort((a, b) => a.race.round - b.race.round)
  for (const { folder } of ordered) {
    const startedTeams = new Set<string>()
    for (const row of readRows(reader, `${folder}/race-results.yml`) ?? []) {
      const team = `${row.constructorId}|${row.engineManufacturerId ?? ''}`
      const driver = driverTally.get(row.driverId) ?? { wins: 0, podiums: 0, starts: 0, team: null }
      const car = teamTally.get(team) ?? { wins: 0, podiums: 0, starts: 0, team: null }
      driver.team = reader.text('constructors', row.constructorId)
      const position = numericPosition(row.position)
      if (position === 1) {
        driver.wins += 1
        car.wins += 1
      }
      if (position !== null && position <= 3) driver.podiums += 1
      if (!NOT_STARTED.has(String(row.position))) {
        driver.starts += 1
        if (!startedTeams.has(team)) car.starts += 1
        startedTeams.add(team)
      }
      driverTally.set(row.driverId, driver)
      teamTally.set(team, car)
    }
  }
  const lastDate =
    ordered
      .map(({ race }) => race.date)
      .sort()
      .at(-1) ?? ''
  return {
    season: year,
    updated_at: `${lastDate}T00:00:00Z`,
    drivers: drivers.map((row): ChampionshipDriver => {
      const tally = driverTally.get(row.id)
      const country = reader.entity('drivers', row.id).nationalityCountryId
      return {
        rank: row.rank,
        ...(row.excluded ? { excluded: true as const } : {}),
        driver_id: ids.of(row.id),
        driver_name: reader.text('drivers', row.id),
        points: row.points,
        wins: tally?.wins ?? 0,
        podiums: tally?.podiums ?? 0,
        starts: tally?.starts ?? 0,
        team: tally?.team ?? '',
        nationality:
          typeof country === 'string' ? reader.text('countries', country, 'demonym') : '',
      }
    }),
    constructors: (teams ?? []).map((row): ChampionshipConstructor => {
      const tally = teamTally.get(`${row.id}|${row.engineId ?? ''}`)
      return {
        rank: row.rank,
        ...(row.excluded ? { excluded: true as const } : {}),
        constructor: constructorName(reader, row, teams ?? []),
        points: row.points,
        wins: tally?.wins ?? 0,
        starts: tally?.starts ?? 0,
      }
    }),
  }
}

/** F1DB ranks constructor + engine pairs: the engine is named only when a constructor has two. */
export function constructorName(reader: F1dbReader, row: Standing, all: Standing[]): string {
  const name = reader.text('constructors', row.id)
  const engines = new Set(all.filter((other) => other.id === row.id).map((other) => other.engineId))
  const twoEngines = engines.size > 1
  const engine = row.engineId ? reader.text('engine-manufacturers', row.engineId) : null
  return twoEngines && engine ? `${name} ${engine}` : name
}
