import type { ResumeRow, Session, SessionRow } from './export-types.ts'
import type { LapOrder, LapRange } from './laps-led.ts'
import { lapsLedRanges } from './laps-led.ts'
import { fastestLapHolder } from './race-extras.ts'

/** A driver named by the header, with the tab that shows the figure. */
export interface SummaryDriver {
  driver_id: number
  driver_name: string
  tab: string
}

export interface LeaderLaps extends SummaryDriver {
  laps: number
  /** From laps.json; null when only resume.json's counts are known. */
  ranges: LapRange[] | null
}

export interface WeekendSummary {
  winner: SummaryDriver | null
  pole: SummaryDriver | null
  fastestLap: (SummaryDriver & { time: string | null; lap: number | null }) | null
  podium: SummaryDriver[]
  lapsLed: LeaderLaps[]
}

const driver = (row: SessionRow, tab: string): SummaryDriver => ({
  driver_id: row.driver_id,
  driver_name: row.driver_name,
  tab,
})

/** The pole sitter: P1 of the grid, else of the last qualifying session (Q3, then Q2…). */
function poleRow(sessions: readonly Session[]): [SessionRow, string] | null {
  for (const code of ['GRID', 'Q4', 'Q3', 'Q2', 'Q1']) {
    const row = sessions.find((s) => s.code === code)?.rows.find((r) => r.position === 1)
    if (row) return [row, code]
  }
  return null
}

/**
 * The weekend at a glance: winner, pole, fastest lap, podium and laps led (ranges from
 * laps.json, else resume.json's counts). Each item is null/empty when the data lacks it.
 */
export function weekendSummary(
  sessions: readonly Session[],
  laps: readonly LapOrder[] | null,
  resume: readonly ResumeRow[] | null,
): WeekendSummary {
  const race = sessions.find((s) => s.code === 'RACE')?.rows ?? []
  const classified = race.filter((row) => row.position != null && row.status == null)
  const byPosition = (p: number) => classified.find((row) => row.position === p && !row.shared_car)
  const podium = [1, 2, 3].flatMap((p) => byPosition(p) ?? []).map((row) => driver(row, 'RACE'))
  const pole = poleRow(sessions)
  const fastest = fastestLapHolder(sessions)
  const names = new Map(sessions.flatMap((s) => s.rows.map((r) => [r.driver_id, r.driver_name])))
  const lapsLed: LeaderLaps[] =
    laps && laps.length > 0
      ? lapsLedRanges(laps).map((led) => ({
          driver_id: led.driver_id,
          driver_name: names.get(led.driver_id) ?? String(led.driver_id),
          tab: 'RACE',
          laps: led.laps,
          ranges: led.ranges,
        }))
      : (resume ?? [])
          .filter((row) => (row.lead_laps ?? 0) > 0)
          .sort((a, b) => (b.lead_laps ?? 0) - (a.lead_laps ?? 0))
          .map((row) => ({
            driver_id: row.driver_id,
            driver_name: row.driver_name,
            tab: 'RESUME',
            laps: row.lead_laps ?? 0,
            ranges: null,
          }))
  return {
    winner: podium[0] ?? null,
    pole: pole ? driver(pole[0], pole[1]) : null,
    fastestLap: fastest
      ? { ...driver(fastest, 'FL'), time: fastest.best_lap_time_raw, lap: fastest.lap_release }
      : null,
    podium,
    lapsLed,
  }
}
