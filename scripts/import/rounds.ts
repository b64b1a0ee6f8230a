import type { RoundEntry, RoundResult, RoundsFile } from '../../src/calc/export-types.ts'
import { constructorName, type Standing, standings } from './championship.ts'
import type { DriverIds } from './driver-id.ts'
import { readRows } from './f1db-rows.ts'
import type { RaceFolder } from './race-folders.ts'
import type { F1dbReader } from './read-yaml.ts'
import { numericPosition, raceStatus } from './status.ts'

/**
 * One result per driver: his first row (F1DB lists the best-placed first), with the points of
 * every car he drove added up (1950s drivers who took over a team-mate's car scored in both).
 */
function results(reader: F1dbReader, ids: DriverIds, folder: string): RoundResult[] {
  const byDriver = new Map<string, RoundResult>()
  for (const row of readRows(reader, `${folder}/race-results.yml`) ?? []) {
    const points = row.points ?? 0
    const known = byDriver.get(row.driverId)
    if (known) {
      known.points += points
      continue
    }
    byDriver.set(row.driverId, {
      driver_id: ids.of(row.driverId),
      driver_name: reader.text('drivers', row.driverId),
      team: reader.text('constructors', row.constructorId),
      position: numericPosition(row.position),
      status: raceStatus(row.position, row.reasonRetired),
      points,
    })
  }
  return [...byDriver.values()]
}

/** The standings after the round, from the race folder's own standings files. */
function standingsAfter(reader: F1dbReader, ids: DriverIds, folder: string) {
  // A few 1950s-60s rounds list a driver out of rank order: written by rank, excluded last.
  const byRank = (a: Standing, b: Standing) =>
    Number(a.excluded) - Number(b.excluded) || a.rank - b.rank
  const drivers = (standings(reader, `${folder}/driver-standings.yml`, 'driverId') ?? []).sort(
    byRank,
  )
  const teams = (
    standings(reader, `${folder}/constructor-standings.yml`, 'constructorId') ?? []
  ).sort(byRank)
  return {
    drivers: drivers.map((row) => ({
      rank: row.rank,
      ...(row.excluded ? { excluded: true as const } : {}),
      driver_id: ids.of(row.id),
      driver_name: reader.text('drivers', row.id),
      points: row.points,
    })),
    constructors: teams.map((row) => ({
      rank: row.rank,
      ...(row.excluded ? { excluded: true as const } : {}),
      constructor: constructorName(reader, row, teams),
      points: row.points,
    })),
  }
}

/**
 * seasons/<year>/rounds.json (v3.3, docs/export-v3.3.md): every round of the season, run or
 * not, with its race results and the standings after it; a round not run yet has both empty.
 */
export function seasonRounds(
  reader: F1dbReader,
  ids: DriverIds,
  year: number,
  races: RaceFolder[],
): RoundsFile {
  const rounds = races.map(({ race, folder }): RoundEntry => {
    const entry: RoundEntry = {
      round: race.round,
      race_id: race.id,
      gp_name: reader.text('grands-prix', race.grandPrixId, 'fullName'),
      date: race.date,
      results: results(reader, ids, folder),
      standings_after: standingsAfter(reader, ids, folder),
    }
    return entry
  })
  return { season: year, rounds }
}
