import type { Session, SessionRow } from './export-types.ts'
import { isOutside107, pctOfBest } from './gaps.ts'
import { combinableSessions } from './qualifying-sessions.ts'

/**
 * One qualifying table for a weekend: Q1, Q2, Q3 side by side (pre-qualifying too), each
 * driver's best, the knockout groups, 107 % and the grid place. Knockout weekends (each session
 * smaller than the one before, 2006 on) are ordered by the last session reached; older ones
 * (Q1/Q2 of the 1980s–90s, both open to all) by the best time of all sessions.
 */

export interface CombinedTime {
  raw: string | null
  ms: number | null
}

export interface CombinedRow {
  driver_id: number
  driver_name: string
  team: string
  /** Times by session code, in the order of `codes`. */
  times: Record<string, CombinedTime>
  /** The session of the driver's best time. */
  bestCode: string | null
  bestMs: number | null
  /** Knockout: the number of sessions the driver reached (1 = out in Q1). */
  reached: number
  outside107: boolean
  grid: number | null
  /** 1-based order in the combined table. */
  order: number
  /** The last row of its group: knocked out here (or, older formats, the last to start). */
  lineAfter: boolean
}

export interface CombinedQualifying {
  codes: string[]
  knockout: boolean
  rows: CombinedRow[]
}

function isKnockout(main: readonly Session[]): boolean {
  return main.every((s, i) => i === 0 || s.rows.length < (main[i - 1]?.rows.length ?? 0))
}

/** The 107 % rule applied in 1996–2002 and again from 2011. */
export function rule107Applies(year: number): boolean {
  return (year >= 1996 && year <= 2002) || year >= 2011
}

export function combinedQualifying(
  sessions: readonly Session[],
  year: number,
): CombinedQualifying | null {
  const joined = combinableSessions(sessions)
  if (joined.length === 0) return null
  const main = joined.filter((s) => s.code !== 'PQ')
  const knockout = isKnockout(main)
  const grid = new Map(
    (sessions.find((s) => s.code === 'GRID')?.rows ?? []).map((r) => [r.driver_id, r.position]),
  )
  const byDriver = new Map<number, { first: SessionRow; times: Record<string, CombinedTime> }>()
  for (const session of joined) {
    for (const row of session.rows) {
      const entry = byDriver.get(row.driver_id) ?? { first: row, times: {} }
      entry.times[session.code] = { raw: row.best_lap_time_raw, ms: row.best_lap_ms }
      byDriver.set(row.driver_id, entry)
    }
  }
  // 107 %: of the fastest time of the first session all cars ran (Q1), as the rule reads it.
  const q1Best = Math.min(...(main[0]?.rows.flatMap((r) => r.best_lap_ms ?? []) ?? []))
  const position = (code: string, id: number) =>
    joined.find((s) => s.code === code)?.rows.find((r) => r.driver_id === id)?.position ?? null
  const rows = [...byDriver.values()].map(({ first, times }) => {
    const timed = Object.entries(times).filter(([, t]) => t.ms != null)
    const best = timed.reduce<[string, CombinedTime] | null>(
      (acc, entry) => (acc == null || (entry[1].ms ?? 0) < (acc[1].ms ?? 0) ? entry : acc),
      null,
    )
    const reached = main.filter((s) => times[s.code] != null).length
    const q1 = times[main[0]?.code ?? '']?.ms ?? null
    return {
      driver_id: first.driver_id,
      driver_name: first.driver_name,
      team: first.team,
      times,
      bestCode: best?.[0] ?? null,
      bestMs: best?.[1].ms ?? null,
      reached,
      outside107:
        rule107Applies(year) &&
        isOutside107(pctOfBest(knockout ? q1 : (best?.[1].ms ?? null), q1Best)),
      grid: grid.get(first.driver_id) ?? null,
      order: 0,
      lineAfter: false,
    }
  })
  const last = (row: CombinedRow) => main[row.reached - 1]?.code ?? ''
  const byTime = (a: number | null, b: number | null) =>
    (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY)
  rows.sort((a, b) =>
    knockout
      ? b.reached - a.reached ||
        byTime(position(last(a), a.driver_id), position(last(b), b.driver_id))
      : Number(b.reached > 0) - Number(a.reached > 0) ||
        Number(b.grid != null) - Number(a.grid != null) ||
        byTime(a.bestMs, b.bestMs),
  )
  // Knockout: one group per session reached; older formats: the starters, the others, and
  // those out in pre-qualifying.
  const group = (row: CombinedRow) =>
    knockout ? row.reached : `${row.reached > 0}-${row.grid != null}`
  rows.forEach((row, index) => {
    row.order = index + 1
    const next = rows[index + 1]
    row.lineAfter = next != null && group(next) !== group(row)
  })
  return { codes: joined.map((s) => s.code), knockout, rows }
}
