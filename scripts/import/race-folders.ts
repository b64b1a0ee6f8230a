import { type F1dbRace, readRace } from './f1db-rows.ts'
import type { F1dbReader } from './read-yaml.ts'

export interface RaceFolder {
  race: F1dbRace
  /** Relative to the data root: "seasons/2023/races/22-abu-dhabi". */
  folder: string
}

/**
 * Every race folder under seasons/<year>/races/, sorted by year then round. With a season only
 * that season's; a season or race asked for that is not there is an error, not an empty import.
 */
export function findRaces(reader: F1dbReader, season?: number, raceId?: number): RaceFolder[] {
  const years = reader.names('seasons').filter((name) => /^\d{4}$/.test(name))
  if (years.length === 0) {
    throw new Error(`${reader.path('seasons')}: no season folders (expected F1DB's src/data)`)
  }
  const races: RaceFolder[] = []
  for (const year of years.map(Number)) {
    if (season !== undefined && year !== season) continue
    for (const name of reader.names(`seasons/${year}/races`)) {
      const folder = `seasons/${year}/races/${name}`
      races.push({ race: readRace(reader, folder, year), folder })
    }
  }
  races.sort((a, b) => a.race.year - b.race.year || a.race.round - b.race.round)
  if (season !== undefined && races.length === 0) {
    throw new Error(`${reader.path(`seasons/${season}/races`)}: no race folders`)
  }
  if (raceId === undefined) return races
  const chosen = races.filter(({ race }) => race.id === raceId)
  if (chosen.length === 0)
    throw new Error(`race ${raceId}: not found under ${reader.path('seasons')}`)
  return chosen
}

/** The races of each season, for the championship (all of a season's, whatever --race says). */
export function bySeason(races: RaceFolder[]): Map<number, RaceFolder[]> {
  const seasons = new Map<number, RaceFolder[]>()
  for (const entry of races) {
    seasons.set(entry.race.year, [...(seasons.get(entry.race.year) ?? []), entry])
  }
  return seasons
}
