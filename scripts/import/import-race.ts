import type { Participant, RaceIndexEntry } from '../../src/calc/export-types.ts'
import type { DriverIds } from './driver-id.ts'
import { readEntrants } from './entrants.ts'
import { lapsFile } from './laps-file.ts'
import { addDriverNames, raceParticipants } from './lookups.ts'
import type { Output } from './output.ts'
import type { RaceFolder } from './race-folders.ts'
import { raceLapChart } from './race-lapchart.ts'
import type { F1dbReader } from './read-yaml.ts'
import { perfAndResume } from './resume.ts'
import { sessionsFile, withLegacyCodes } from './weekend.ts'

/** What every race of a run shares: the reader, the output, and the lookups being built. */
export interface ImportRun {
  reader: F1dbReader
  ids: DriverIds
  output: Output
  warn: (message: string) => void
  note: (message: string) => void
  /** LapChart folder, or null when the run has none. */
  lapchart: string | null
  /** Lap chart file → the race that took it (a file is given to one race only). */
  claimed: Map<string, number>
  legacyCodes: readonly number[]
  participants: Map<number, Record<string, Participant>>
  names: Map<number, string>
  index: RaceIndexEntry[]
}

/** One race folder → races/<id>/{sessions,perftime,resume,laps}.json, and its lookups and index entry. */
export function importRace(run: ImportRun, entry: RaceFolder): void {
  const { reader, ids, output, warn, note, lapchart } = run
  const { race, folder } = entry
  const context = { reader, ids, folder, warn, note }
  const file = sessionsFile(context, race)
  const chart = lapchart ? raceLapChart(reader, ids, entry, lapchart, run.claimed, warn) : null
  const { perftime, resume } = perfAndResume(file, chart)
  const legacy = run.legacyCodes.includes(race.id)
  output.json(`races/${race.id}/sessions.json`, legacy ? withLegacyCodes(file) : file)
  output.json(`races/${race.id}/perftime.json`, perftime)
  output.json(`races/${race.id}/resume.json`, resume)
  const laps = chart ? lapsFile(race.id, chart) : null
  if (laps) output.json(`races/${race.id}/laps.json`, laps)
  run.participants.set(race.id, raceParticipants(context, file, readEntrants(reader, race.year)))
  addDriverNames(file, run.names)
  const { race_id, year, round, gp_name, country, circuit, date } = file.meta
  const upcoming = file.meta.status === 'scheduled' ? { scheduled: true as const } : {}
  run.index.push({ race_id, year, round, gp_name, country, circuit, date, ...upcoming })
}
