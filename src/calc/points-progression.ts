import type { RoundsFile } from './export-types.ts'
import { driverLabel } from './lap-chart.ts'

/** One entrant's cumulative points after each run round (null before his first standing). */
export interface ProgressionSeries {
  key: string
  name: string
  /** The line's end label: "VER" for a driver, the name for a constructor. */
  label: string
  values: Array<number | null>
}

export interface Progression {
  /** Run rounds only: a round not run yet has no standings to plot. */
  rounds: Array<{ round: number; name: string }>
  /** By final rank (excluded entries last, as F1DB lists them). */
  series: ProgressionSeries[]
}

/**
 * Cumulative points by round from F1DB's standings after each round (standings_after): the
 * championship's own totals, with dropped scores and shared drives as F1DB counted them.
 */
export function pointsProgression(file: RoundsFile, kind: 'drivers' | 'constructors'): Progression {
  const run = file.rounds.filter((entry) => entry.standings_after[kind].length > 0)
  const series = new Map<string, ProgressionSeries>()
  run.forEach((entry, index) => {
    for (const standing of entry.standings_after[kind]) {
      const key = 'driver_id' in standing ? String(standing.driver_id) : standing.constructor
      const name = 'driver_name' in standing ? standing.driver_name : standing.constructor
      let line = series.get(key)
      if (!line) {
        line = {
          key,
          name,
          label: kind === 'drivers' ? driverLabel(name) : name,
          values: run.map(() => null),
        }
        series.set(key, line)
      }
      line.values[index] = standing.points
    }
  })
  const final = run.at(-1)?.standings_after[kind] ?? []
  const rank = new Map(
    final.map((standing, index) => [
      'driver_id' in standing ? String(standing.driver_id) : standing.constructor,
      index,
    ]),
  )
  const ordered = [...series.values()].sort(
    (a, b) => (rank.get(a.key) ?? 1e9) - (rank.get(b.key) ?? 1e9),
  )
  return {
    rounds: run.map((entry) => ({ round: entry.round, name: entry.gp_name })),
    series: ordered,
  }
}

/** End-label heights pushed apart to at least `gap` (in order), so that tied lines stay legible. */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y)
  const out = [...ys]
  let previous = Number.NEGATIVE_INFINITY
  for (const item of order) {
    const y = Math.max(item.y, previous + gap)
    out[item.index] = y
    previous = y
  }
  return out
}
