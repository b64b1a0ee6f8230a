import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { DriverIds } from './driver-id.ts'
import { readRows } from './f1db-rows.ts'
import { findLapChart, readLapChart } from './lapchart.ts'
import type { RaceFolder } from './race-folders.ts'
import type { F1dbReader } from './read-yaml.ts'
import type { LapChartContext } from './resume.ts'

/**
 * The names LapChart may file a race under: the Grand Prix full name ("Abu Dhabi Grand
 * Prix"), "<name> Grand Prix", then "<circuit place> Grand Prix" — 2023 Mexico is F1DB's
 * "Mexican Grand Prix" but LapChart's "Mexico City Grand Prix".
 */
export function lapChartNames(reader: F1dbReader, { race }: RaceFolder): string[] {
  const place = reader.entity('circuits', race.circuitId).placeName
  return [
    reader.text('grands-prix', race.grandPrixId, 'fullName'),
    `${reader.text('grands-prix', race.grandPrixId)} Grand Prix`,
    ...(typeof place === 'string' ? [`${place} Grand Prix`] : []),
  ]
}

/**
 * The lap chart of a race and what reading it needs, or null (no lap chart folder for that
 * year: nothing to say; a year folder without this race's file: a warning). A file is given to
 * one race only, and a chart that disagrees with the race results is reported.
 */
export function raceLapChart(
  reader: F1dbReader,
  ids: DriverIds,
  entry: RaceFolder,
  dir: string,
  claimed: Map<string, number>,
  warn: (message: string) => void,
): LapChartContext | null {
  const { race, folder } = entry
  if (!existsSync(join(dir, String(race.year)))) return null
  const path = findLapChart(dir, race.year, lapChartNames(reader, entry))
  const label = `race ${race.id} (${folder})`
  if (!path) {
    warn(`${label}: no lap chart in ${join(dir, String(race.year))}`)
    return null
  }
  const owner = claimed.get(path)
  if (owner !== undefined) {
    warn(`${label}: ${path} is already race ${owner}'s lap chart, not used`)
    return null
  }
  claimed.set(path, race.id)
  const chart = readLapChart(path)
  const rows = readRows(reader, `${folder}/race-results.yml`) ?? []
  const carOf = new Map<number, string>()
  for (const row of rows) if (row.driverNumber) carOf.set(ids.of(row.driverId), row.driverNumber)
  const cars = new Set(carOf.values())
  const unknown = [...chart.counts.keys()].filter((car) => !cars.has(car))
  if (unknown.length > 0) warn(`${path}: car(s) ${unknown.join(', ')} not in the race results`)
  const winnerLaps = rows.find((row) => row.position === 1)?.laps ?? null
  if (winnerLaps !== null && winnerLaps !== chart.laps) {
    warn(`${path}: ${chart.laps} laps, the winner of race ${race.id} did ${winnerLaps}`)
  }
  return { chart, carOf, courseLength: race.courseLength }
}
