import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Participant, RaceIndexEntry, RaceIndexFile } from '../../src/calc/export-types.ts'
import { championship } from './championship.ts'
import { DriverIds } from './driver-id.ts'
import { readEntrants } from './entrants.ts'
import { addDriverNames, byNumericKey, raceParticipants } from './lookups.ts'
import { mergeLookups } from './merge-lookups.ts'
import { attribution, Output } from './output.ts'
import { bySeason, findRaces, type RaceFolder } from './race-folders.ts'
import { raceLapChart } from './race-lapchart.ts'
import { F1dbReader } from './read-yaml.ts'
import { perfAndResume } from './resume.ts'
import { sessionsFile, withLegacyCodes } from './weekend.ts'

export interface ImportOptions {
  source: string
  out: string
  lapchart?: string | undefined
  season?: number | undefined
  race?: number | undefined
  legacyCodes?: readonly number[] | undefined
  log?: ((line: string) => void) | undefined
}

export interface ImportResult {
  races: number
  files: string[]
  warnings: string[]
}

/** F1DB YAML (+ LapChart CSV) → the exports of seed 000 in `out` (see docs/importer.md). */
export function importF1db(options: ImportOptions): ImportResult {
  const log = options.log ?? (() => undefined)
  const reader = new F1dbReader(resolve(options.source))
  const lapchart = options.lapchart === undefined ? null : resolve(options.lapchart)
  if (lapchart !== null && !existsSync(lapchart)) throw new Error(`${lapchart}: no such folder`)
  const warnings = new Set<string>()
  const warn = (message: string) => warnings.add(message)
  const ids = new DriverIds()
  const output = new Output(resolve(options.out), log)
  const everyRace = findRaces(reader, options.season)
  const races = findRaces(reader, options.season, options.race)
  const participants = new Map<number, Record<string, Participant>>()
  const names = new Map<number, string>()
  const index: RaceIndexEntry[] = []
  const claimed = new Map<string, number>()
  const championships: number[] = []
  for (const entry of races) {
    const { race, folder } = entry
    const context = { reader, ids, folder, warn }
    const file = sessionsFile(context, race)
    const chart = lapchart ? raceLapChart(reader, ids, entry, lapchart, claimed, warn) : null
    const { perftime, resume } = perfAndResume(file, chart)
    const legacy = options.legacyCodes?.includes(race.id) ?? false
    output.json(`races/${race.id}/sessions.json`, legacy ? withLegacyCodes(file) : file)
    output.json(`races/${race.id}/perftime.json`, perftime)
    output.json(`races/${race.id}/resume.json`, resume)
    participants.set(race.id, raceParticipants(context, file, readEntrants(reader, race.year)))
    addDriverNames(file, names)
    const { race_id, year, round, gp_name, country, circuit, date } = file.meta
    index.push({ race_id, year, round, gp_name, country, circuit, date })
  }
  if (options.race === undefined) {
    for (const [year, seasonRaces] of bySeason(everyRace)) {
      const standings = championship(reader, ids, year, seasonRaces)
      if (!standings) continue
      checkRounds(year, seasonRaces, warn)
      output.json(`seasons/${year}/championship.json`, standings)
      championships.push(year)
      if (lapchart) checkUnusedCharts(lapchart, year, claimed, warn)
    }
  }
  const partial = options.race !== undefined || options.season !== undefined
  const lookups = mergeLookups(output, partial, { names, participants, index, championships })
  output.json('lookups/drivers.min.json', byNumericKey(lookups.names), true)
  output.json('lookups/participants.json', byNumericKey(lookups.participants), true)
  const indexFile: RaceIndexFile = { races: lookups.index, championships: lookups.championships }
  output.json('races/index.json', indexFile)
  output.text('DATA-ATTRIBUTION.md', attribution(lapchart !== null))
  if (lapchart) output.copy(join(lapchart, 'LICENSE'), 'LAPCHART-LICENSE.txt')
  return { races: races.length, files: output.written, warnings: [...warnings] }
}

/** Season counts come from the races in the data: a missing round would undercount them. */
function checkRounds(year: number, races: RaceFolder[], warn: (message: string) => void) {
  const rounds = races.map(({ race }) => race.round)
  if (rounds.some((round, i) => round !== i + 1)) {
    warn(`${year}: rounds ${rounds.join(',')} in the data, wins/podiums/starts may be too low`)
  }
}

/** A lap chart no race took is a race the importer could not match. */
function checkUnusedCharts(
  dir: string,
  year: number,
  claimed: Map<string, number>,
  warn: (message: string) => void,
) {
  const yearDir = join(dir, String(year))
  if (!existsSync(yearDir)) return
  for (const name of readdirSync(yearDir).sort()) {
    const path = join(yearDir, name)
    if (name.endsWith('.csv') && !claimed.has(path)) warn(`${path}: no race matched this lap chart`)
  }
}
