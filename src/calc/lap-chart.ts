import type { LapsFile, SessionRow } from './export-types.ts'

/** One car's line on the lap chart: its place at the grid (lap 0) and at the end of each lap. */
export interface LapSeries {
  driverId: number
  name: string
  /** Three letters for the line ends ("VER"): from the last name, as TV graphics do. */
  label: string
  team: string
  /** The second car of a team (by best place at the grid) is drawn dashed: teammates differ. */
  second: boolean
  points: Array<{ lap: number; position: number }>
  /** The line stops before the last lap because the car retired (the race says so). */
  retired: boolean
}

export interface LapChartData {
  lastLap: number
  cars: number
  series: LapSeries[]
}

/** "Max Verstappen" → "VER", "Carlos Sainz Jr." → "SAI": the last word that is a name. */
export function driverLabel(name: string): string {
  const words = name.split(/\s+/).filter((word) => !/^(jr\.?|sr\.?|i+)$/i.test(word))
  const last = (words.at(-1) ?? name).replace(/[^\p{L}]/gu, '')
  return last.slice(0, 3).toUpperCase() || '?'
}

/**
 * The chart's lines from laps.json and the race's result rows (names, teams, statuses). A car
 * of laps.json missing from the rows keeps its id as its name rather than vanishing.
 */
export function lapChartData(file: LapsFile, rows: readonly SessionRow[]): LapChartData {
  const byId = new Map(rows.map((row) => [row.driver_id, row]))
  const laps = [...file.laps].sort((a, b) => a.lap - b.lap)
  const lastLap = laps.at(-1)?.lap ?? 0
  const series = new Map<number, LapSeries>()
  for (const { lap, order } of laps) {
    order.forEach((driverId, index) => {
      let line = series.get(driverId)
      if (!line) {
        const row = byId.get(driverId)
        const name = row?.driver_name ?? String(driverId)
        line = {
          driverId,
          name,
          label: driverLabel(name),
          team: row?.team ?? '',
          second: false,
          points: [],
          retired: false,
        }
        series.set(driverId, line)
      }
      line.points.push({ lap, position: index + 1 })
    })
  }
  const seenTeams = new Set<string>()
  const lines = [...series.values()]
  for (const line of lines) {
    line.second = seenTeams.has(line.team)
    seenTeams.add(line.team)
    const status = byId.get(line.driverId)?.status
    const end = line.points.at(-1)?.lap ?? 0
    // A lapped car is also absent from the leader's last lap: only a status makes a retirement.
    line.retired = end < lastLap && status != null && status !== 'nc'
  }
  const cars = Math.max(0, ...laps.map((lap) => lap.order.length))
  return { lastLap, cars, series: lines }
}

/** Laps at the front per driver over laps 1…n (the grid is not a lap led). */
export function lapsAtFront(data: LapChartData): Map<number, number> {
  const led = new Map<number, number>()
  for (const line of data.series) {
    const count = line.points.filter((p) => p.lap > 0 && p.position === 1).length
    if (count > 0) led.set(line.driverId, count)
  }
  return led
}
