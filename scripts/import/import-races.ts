import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { RaceIndexFile } from '../../src/calc/export-types.ts'
import { championship } from './championship.ts'
import { DriverIds } from './driver-id.ts'
import { type ImportRun, importRace } from './import-race.ts'
import { byNumericKey } from './lookups.ts'
import { mergeLookups } from './merge-lookups.ts'
import { attribution, Output } from './output.ts'
import { bySeason, findRaces, type RaceFolder } from './race-folders.ts'
import { F1dbReader } from './read-yaml.ts'
import { seasonRounds } from './rounds.ts'

export interface ImportOptions {
  source: string
  out: string
  lapchart?: string | undefined
  season?: number | undefined
  race?: number | undefined
  legacyCodes?: readonly number[] | undefined
  log?: ((line: string) => void) | undefined
  /** Called after each season: races imported so far, races to import, the season done. */
  progress?: ((done: number, total: number, year: number) => void) | undefined
}

export interface ImportResult {
  races: number
  seasons: number
  files: string[]
  warnings: string[]
  /** Documented F1DB patterns met on the way (a driver in two cars…), counted by kind. */
  notes: string[]
}

/**
 * F1DB YAML (+ LapChart CSV) → the exports of seed 000 in `out` (see docs/importer.md). Season
 * by season: each season's parsed files are dropped once its races and standings are written,
 * so memory holds one season plus the lookups, whatever the size of the history.
 */
export function importF1db(options: ImportOptions): ImportResult {
  const reader = new F1dbReader(resolve(options.source))
  const lapchart = options.lapchart === undefined ? null : resolve(options.lapchart)
  if (lapchart !== null && !existsSync(lapchart)) throw new Error(`${lapchart}: no such folder`)
  const warnings = new Set<string>()
  const notes = new Set<string>()
  const run: ImportRun = {
    reader,
    ids: new DriverIds(),
    output: new Output(resolve(options.out), options.log ?? (() => undefined)),
    warn: (message) => warnings.add(message),
    note: (message) => notes.add(message),
    lapchart,
    claimed: new Map(),
    legacyCodes: options.legacyCodes ?? [],
    participants: new Map(),
    names: new Map(),
    index: [],
  }
  const everyRace = findRaces(reader, options.season)
  const races = findRaces(reader, options.season, options.race)
  const chosen = new Set(races.map(({ race }) => race.id))
  const championships: number[] = []
  const seasons = bySeason(everyRace)
  let done = 0
  for (const [year, seasonRaces] of seasons) {
    for (const entry of seasonRaces) {
      if (!chosen.has(entry.race.id)) continue
      importRace(run, entry)
      done += 1
    }
    if (options.race === undefined && writeSeason(run, year, seasonRaces)) championships.push(year)
    reader.forget(`seasons/${year}/`)
    options.progress?.(done, races.length, year)
  }
  const { output } = run
  const partial = options.race !== undefined || options.season !== undefined
  const lookups = mergeLookups(output, partial, { ...run, championships })
  output.json('lookups/drivers.min.json', byNumericKey(lookups.names), true)
  output.json('lookups/participants.json', byNumericKey(lookups.participants), true)
  const indexFile: RaceIndexFile = { races: lookups.index, championships: lookups.championships }
  output.json('races/index.json', indexFile)
  output.text('DATA-ATTRIBUTION.md', attribution(lapchart !== null))
  if (lapchart) output.copy(join(lapchart, 'LICENSE'), 'LAPCHART-LICENSE.txt')
  const imported = races.length
  const seasonCount = new Set(races.map(({ race }) => race.year)).size
  return {
    races: imported,
    seasons: seasonCount,
    files: output.written,
    warnings: [...warnings],
    notes: [...notes],
  }
}

/** seasons/<year>/ files; true when a championship.json was written. */
function writeSeason(run: ImportRun, year: number, races: RaceFolder[]): boolean {
  const standings = championship(run.reader, run.ids, year, races)
  if (run.lapchart) checkUnusedCharts(run.lapchart, year, run.claimed, run.warn)
  // rounds.json stands for the whole season: only written when the data has every round.
  if (races.every(({ race }, i) => race.round === i + 1)) {
    run.output.json(`seasons/${year}/rounds.json`, seasonRounds(run.reader, run.ids, year, races))
  }
  if (!standings) return false
  checkRounds(year, races, run.warn)
  run.output.json(`seasons/${year}/championship.json`, standings)
  return true
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
