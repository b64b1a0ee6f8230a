import type { RoundResult, RoundsFile } from './export-types.ts'

/**
 * Wikipedia's colour key of a season's results table. Pole and fastest lap are not in
 * rounds.json, so the matrix has no such marks (docs/charts.md).
 */
export type CellKind =
  | 'win'
  | 'podium'
  | 'points'
  | 'no-points'
  | 'not-classified'
  | 'retired'
  | 'dsq'
  | 'dnq'
  | 'dns'
  | 'not-run'
  | 'absent'

export interface MatrixCell {
  kind: CellKind
  /** The text twin of the colour: "1", "12", "Ret", "DSQ", "DNQ", "DNS", "NC", "" (absent). */
  text: string
}

export interface MatrixRow {
  driverId: number
  name: string
  points: number | null
  cells: MatrixCell[]
}

export interface SeasonMatrix {
  rounds: Array<{ round: number; raceId: number; name: string; run: boolean }>
  rows: MatrixRow[]
}

const STATUS: Record<string, MatrixCell> = {
  ab: { kind: 'retired', text: 'Ret' },
  dsq: { kind: 'dsq', text: 'DSQ' },
  nq: { kind: 'dnq', text: 'DNQ' },
  np: { kind: 'dns', text: 'DNS' },
  nc: { kind: 'not-classified', text: 'NC' },
}

export function matrixCell(result: RoundResult | undefined, run: boolean): MatrixCell {
  if (!run) return { kind: 'not-run', text: '' }
  if (!result) return { kind: 'absent', text: '' }
  const status = result.status ? STATUS[result.status] : undefined
  if (status) return status
  const position = result.position
  if (position == null) return { kind: 'retired', text: 'Ret' }
  const text = String(position)
  if (position === 1) return { kind: 'win', text }
  if (position <= 3) return { kind: 'podium', text }
  return { kind: result.points > 0 ? 'points' : 'no-points', text }
}

/**
 * Drivers × rounds, drivers in the order of the last standings (then anyone who raced but is
 * not ranked), one cell per round. A driver with two rows in one round (two cars) shows his
 * better one.
 */
export function seasonMatrix(file: RoundsFile): SeasonMatrix {
  const rounds = file.rounds.map((entry) => ({
    round: entry.round,
    raceId: entry.race_id,
    name: entry.gp_name,
    run: entry.results.length > 0,
  }))
  const last = file.rounds.findLast((entry) => entry.standings_after.drivers.length > 0)
  const order = new Map<number, { name: string; points: number | null }>()
  for (const standing of last?.standings_after.drivers ?? []) {
    order.set(standing.driver_id, { name: standing.driver_name, points: standing.points })
  }
  for (const entry of file.rounds) {
    for (const result of entry.results) {
      if (!order.has(result.driver_id)) {
        order.set(result.driver_id, { name: result.driver_name, points: null })
      }
    }
  }
  const rows = [...order].map(([driverId, { name, points }]) => ({
    driverId,
    name,
    points,
    cells: file.rounds.map((entry) => {
      const mine = entry.results.filter((result) => result.driver_id === driverId)
      const best = mine.sort((a, b) => (a.position ?? 999) - (b.position ?? 999))[0]
      return matrixCell(best, entry.results.length > 0)
    }),
  }))
  return { rounds, rows }
}
