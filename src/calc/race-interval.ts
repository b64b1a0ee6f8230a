import type { SessionRow } from './export-types.ts'
import { formatGap, parseGap, parseLapsBehind } from './lap-time.ts'

/** Where a classified car stands relative to the winner: a time gap, or laps down. */
type Standing = { ms: number } | { lapsDown: number } | null

function standing(row: SessionRow, leaderLaps: number | null, isLeader: boolean): Standing {
  if (isLeader) return { ms: 0 }
  const ms = parseGap(row.delta)
  if (ms != null) return { ms }
  const lapsDown = parseLapsBehind(row.delta)
  if (lapsDown != null) return { lapsDown }
  // Classified retirements carry no gap: their lap count tells how far down they were.
  if (leaderLaps != null && row.laps != null && row.position != null && row.laps < leaderLaps) {
    return { lapsDown: leaderLaps - row.laps }
  }
  return null
}

function lapsText(laps: number): string {
  return `+${laps} lap${laps > 1 ? 's' : ''}`
}

/**
 * Interval to the car ahead for each row of a race, in the export's order ("+2.335", "+1 lap").
 * The winner and unclassified cars have none (null); so has a car whose standing is unknown.
 */
export function raceIntervals(rows: readonly SessionRow[]): Array<string | null> {
  const leaderLaps = rows[0]?.laps ?? null
  const standings = rows.map((row, index) => standing(row, leaderLaps, index === 0))
  return rows.map((row, index) => {
    if (index === 0 || row.position == null) return null
    const here = standings[index]
    const ahead = standings[index - 1]
    if (!here || !ahead) return null
    if ('ms' in here && 'ms' in ahead) return formatGap(here.ms - ahead.ms)
    const hereDown = 'lapsDown' in here ? here.lapsDown : 0
    const aheadDown = 'lapsDown' in ahead ? ahead.lapsDown : 0
    if (hereDown > aheadDown) return lapsText(hereDown - aheadDown)
    return null
  })
}
