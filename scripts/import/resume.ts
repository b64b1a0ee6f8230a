import type {
  PerfTimeFile,
  ResumeFile,
  ResumeRow,
  SessionsFile,
} from '../../src/calc/export-types.ts'
import { perfTimeFallback } from '../../src/calc/perftime.ts'
import { resumeFallback } from '../../src/calc/resume.ts'
import type { LapChart } from './lapchart.ts'

/** A resume.json row as written: pos_<code> / pct_<code> keys instead of the two maps. */
export type FlatResumeRow = Omit<ResumeRow, 'positions' | 'pcts' | 'unreadable'> &
  Record<string, number | string | null>

export interface FlatResumeFile {
  meta: ResumeFile['meta']
  rows: FlatResumeRow[]
}

export interface LapChartContext {
  chart: LapChart
  /** Export driver_id → car number, from the race's race-results.yml driverNumber. */
  carOf: ReadonlyMap<number, string>
  /** race.yml courseLength in km (5.281); null leaves lead_km unknown. */
  courseLength: number | null
}

/**
 * perftime.json and resume.json of a race: the page's own fallbacks (so a missing file and an
 * exported one agree), plus what only the importer knows, from the lap chart: laps in the top
 * 1/3/6/10, laps and km in the lead. Without a lap chart those stay null: never a guess.
 */
export function perfAndResume(
  file: SessionsFile,
  lapChart: LapChartContext | null,
): { perftime: PerfTimeFile; resume: FlatResumeFile } {
  const perftime = perfTimeFallback(file)
  const resume = resumeFallback(file, perftime)
  const rows = resume.rows.map((row) => (lapChart ? withLapChart(row, lapChart) : row))
  return { perftime, resume: { meta: resume.meta, rows: rows.map(flatRow) } }
}

/** Lap-chart figures of one driver; a race entrant absent from the chart led no lap (0). */
export function withLapChart(row: ResumeRow, { chart, carOf, courseLength }: LapChartContext) {
  const car = carOf.get(row.driver_id)
  if (car === undefined) return row
  const count = chart.counts.get(car) ?? { top1: 0, top3: 0, top6: 0, top10: 0 }
  return {
    ...row,
    laps_top1: count.top1,
    laps_top3: count.top3,
    laps_top6: count.top6,
    laps_top10: count.top10,
    lead_laps: count.top1,
    // 52 laps × 5.281 km → 274.612 (3 decimals: the course length's own precision).
    lead_km: courseLength === null ? null : Math.round(count.top1 * courseLength * 1000) / 1000,
  }
}

/** Field order of the seed: identity, pos_/pct_ per session, then the race figures. */
export function flatRow(row: ResumeRow): FlatResumeRow {
  // The importer's rows are computed: never salvaged, so no unreadable marks to leave out.
  const { driver_id, driver_name, team, positions, pcts, unreadable: _marks, ...rest } = row
  const perSession: Record<string, number | null> = {}
  for (const key of new Set([...Object.keys(positions), ...Object.keys(pcts)])) {
    perSession[`pos_${key}`] = positions[key] ?? null
    perSession[`pct_${key}`] = pcts[key] ?? null
  }
  return { driver_id, driver_name, team, ...perSession, ...rest }
}
