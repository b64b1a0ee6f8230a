import { type RoundTally, rankRound } from '../../src/features/league/calc/scoring.ts'
import type { RoundStandingRow } from '../../src/features/league/calc/types.ts'
import type { EventResult } from './event-results.ts'
import type { LeagueSpec } from './league-spec.ts'
import { divisionOf } from './roster.ts'

/** What a round's standings are ranked from: each driver's tally and best race lap (ms). */
export interface RoundTallies {
  byDriver: Map<number, RoundTally>
  bestLaps: Map<number, number>
}

export function emptyTallies(): RoundTallies {
  return { byDriver: new Map(), bestLaps: new Map() }
}

/** Adds a confirmed result to its driver's round (a pending one counts for nothing yet). */
export function addResult(
  tallies: RoundTallies,
  { entry, result, score }: EventResult,
  isQualifier: boolean,
): void {
  const id = entry.driver.id
  const tally = tallies.byDriver.get(id) ?? {
    driver_id: id,
    driver_name: entry.driver.name,
    race_points: 0,
    fastest_lap_bonuses: 0,
    pole_bonuses: 0,
    positions_gained: 0,
    best_finish: null,
    round_fastest_lap: false,
    round_pole: false,
  }
  tally.race_points += score.points
  tally.fastest_lap_bonuses += score.fastestLapBonus
  tally.pole_bonuses += score.poleBonus
  const gained = result.positions_gained
  if (gained != null) tally.positions_gained = (tally.positions_gained ?? 0) + gained
  const position = result.position
  if (!isQualifier && position != null && !entry.dnf) {
    tally.best_finish = Math.min(tally.best_finish ?? position, position)
  }
  if (result.has_pole) tally.round_pole = true
  // Only race laps count for the round's fastest lap: the qualifier has its own bonus, the pole.
  if (!isQualifier && Number.isFinite(entry.bestLap)) {
    tallies.bestLaps.set(id, Math.min(tallies.bestLaps.get(id) ?? Infinity, entry.bestLap))
  }
  tallies.byDriver.set(id, tally)
}

/** A division's round_results rows; the round's fastest lap is the division's best race lap. */
export function divisionRows(
  tallies: RoundTallies,
  league: LeagueSpec,
  divisionId: number | null,
): RoundStandingRow[] {
  const drivers = [...tallies.byDriver.values()].filter(
    (t) => divisionOf(league, t.driver_id) === divisionId,
  )
  const best = Math.min(...drivers.map((t) => tallies.bestLaps.get(t.driver_id) ?? Infinity))
  for (const t of drivers) t.round_fastest_lap = tallies.bestLaps.get(t.driver_id) === best
  return rankRound(drivers, league.roundRules)
}
