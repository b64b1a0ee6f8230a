import { formatGap, formatLapTime } from '../../src/calc/lap-time.ts'
import { type RaceScore, scoreResult } from '../../src/features/league/calc/scoring.ts'
import { formatPenalty } from '../../src/features/league/calc/time.ts'
import type { LeagueRaceResult } from '../../src/features/league/calc/types.ts'
import type { Driver, IdCounters, RaceSpec } from './league-spec.ts'
import type { Entry } from './simulate-race.ts'

/** A result as the API sends it, with what the round's tally needs from the simulation. */
export interface EventResult {
  entry: Entry
  result: LeagueRaceResult
  score: RaceScore
}

export interface EventContext {
  eventId: number
  divisionId: number | null
  ids: IdCounters
}

/**
 * One division's results of an event, in finishing order, scored by the race's rules. A pending
 * race has its times but no positions, bonuses or points yet.
 */
export function eventResults(
  order: readonly Entry[],
  grid: readonly Driver[],
  spec: RaceSpec,
  { eventId, divisionId, ids }: EventContext,
): EventResult[] {
  const fastestLap = Math.min(
    ...order.filter((e) => Number.isFinite(e.bestLap)).map((e) => e.bestLap),
  )
  const leader = order[0]?.raceTime ?? null
  return order.map((entry, index) => {
    const position = entry.dns || spec.pending ? null : index + 1
    const hasFastestLap = !spec.isQualifier && !spec.pending && entry.bestLap === fastestLap
    const hasPole = spec.isQualifier && index === 0
    const score = scoreResult(
      {
        position,
        dnf: entry.dnf,
        dns: entry.dns,
        has_fastest_lap: hasFastestLap,
        has_pole: hasPole,
      },
      spec.rules,
      spec.isQualifier,
    )
    const gridSlot = grid.indexOf(entry.driver) + 1
    const gained = spec.isQualifier || position == null || entry.dnf ? null : gridSlot - position
    const result: LeagueRaceResult = {
      id: ids.result++,
      race_id: eventId,
      driver_id: entry.driver.id,
      division_id: divisionId,
      position,
      race_time: formatLapTime(entry.raceTime),
      race_time_difference:
        entry.raceTime != null && leader != null && entry.raceTime > leader
          ? formatGap(entry.raceTime - leader)
          : null,
      fastest_lap: Number.isFinite(entry.bestLap) ? formatLapTime(entry.bestLap) : null,
      penalties: entry.penalty > 0 ? formatPenalty(entry.penalty) : null,
      has_fastest_lap: hasFastestLap,
      has_pole: hasPole,
      dnf: entry.dnf,
      status: spec.pending ? 'pending' : 'confirmed',
      race_points: spec.pending ? 0 : score.points,
      positions_gained: spec.pending ? null : gained,
      driver_name: entry.driver.name,
    }
    return { entry, result, score }
  })
}
