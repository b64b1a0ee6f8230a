import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface TopCounts {
  top1: number
  top3: number
  top6: number
  top10: number
}

export interface LapChart {
  /** Number of `LAP n` rows. */
  laps: number
  /** By car number: laps ended in the first 1, 3, 6 and 10 places. */
  counts: Map<string, TopCounts>
  /** Car numbers in running order: [0] the GRID row ([] when the chart has none), [n] lap n. */
  orders: string[][]
}

/**
 * A LapChart CSV: each `LAP n` row lists car numbers in running order at the end of lap n
 * (retired cars leave empty cells at the end). POS and GRID rows are not laps.
 *   "LAP 1,1,16,81" → car 1 was first on lap 1, so top1 of "1" counts that lap.
 */
export function parseLapChart(csv: string): LapChart {
  const counts = new Map<string, TopCounts>()
  const orders: string[][] = [[]]
  let laps = 0
  for (const line of csv.split(/\r?\n/)) {
    const [label = '', ...cells] = line.split(',')
    const cars = cells.map((cell) => cell.trim()).filter((car) => car !== '')
    if (label.trim() === 'GRID') orders[0] = cars
    if (!/^LAP \d+$/.test(label.trim())) continue
    laps += 1
    orders.push(cars)
    cells.forEach((cell, index) => {
      const car = cell.trim()
      if (car === '') return
      const place = index + 1
      const count = counts.get(car) ?? { top1: 0, top3: 0, top6: 0, top10: 0 }
      if (place <= 1) count.top1 += 1
      if (place <= 3) count.top3 += 1
      if (place <= 6) count.top6 += 1
      if (place <= 10) count.top10 += 1
      counts.set(car, count)
    })
  }
  return { laps, counts, orders }
}

/**
 * LapChart's file name for a Grand Prix name: lower case, accents stripped, spaces and hyphens
 * (and any other punctuation) → "_".
 *   lapChartFileName(2023, 'São Paulo Grand Prix') → "2023_sao_paulo_grand_prix.csv"
 */
export function lapChartFileName(year: number, gpName: string): string {
  const slug = gpName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  return `${year}_${slug}.csv`
}

/** The first existing <dir>/<year>/<file> among the candidate Grand Prix names, or null. */
export function findLapChart(dir: string, year: number, names: string[]): string | null {
  for (const name of names) {
    const path = join(dir, String(year), lapChartFileName(year, name))
    if (existsSync(path)) return path
  }
  return null
}

export function readLapChart(path: string): LapChart {
  return parseLapChart(readFileSync(path, 'utf8'))
}
