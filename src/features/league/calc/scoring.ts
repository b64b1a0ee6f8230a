import type { RoundStandingRow } from './types.ts'

/**
 * The league's points rules (seed 003: races and rounds columns), applied to one result and to a
 * round. The viewer never recomputes points (it shows what the file says and checks totals);
 * these are for the sample-data generator and document the rules it follows.
 */

/** races.* columns that decide a result's race_points. */
export interface RacePointsRules {
  race_points: boolean
  /** Points by position: [25, 18, 15, …]; beyond its length a position scores 0. */
  points_system: number[]
  fastest_lap: number
  fastest_lap_top_10: boolean
  qualifying_pole: number
  qualifying_pole_top_10: boolean
  dnf_points: number
  dns_points: number
}

export interface ScoredResult {
  position: number | null
  dnf: boolean
  dns: boolean
  has_fastest_lap: boolean
  has_pole: boolean
}

export interface RaceScore {
  /** What race_results.race_points holds: position points plus the race-level bonuses. */
  points: number
  fastestLapBonus: number
  poleBonus: number
}

const inTop10 = (position: number | null) => position != null && position <= 10

/**
 * DNS → dns_points; DNF → dnf_points; otherwise points_system[position − 1] when the race awards
 * points. Fastest-lap bonus (races) and pole bonus (qualifiers) on top, only inside the top 10
 * when the race restricts them; a DNF is never inside the top 10.
 */
export function scoreResult(result: ScoredResult, rules: RacePointsRules, isQualifier: boolean) {
  if (result.dns) return { points: rules.dns_points, fastestLapBonus: 0, poleBonus: 0 }
  const classified = result.dnf ? null : result.position
  const base = result.dnf
    ? rules.dnf_points
    : rules.race_points && classified != null
      ? (rules.points_system[classified - 1] ?? 0)
      : 0
  const fastestLapBonus =
    !isQualifier && result.has_fastest_lap && (!rules.fastest_lap_top_10 || inTop10(classified))
      ? rules.fastest_lap
      : 0
  const poleBonus =
    isQualifier && result.has_pole && (!rules.qualifying_pole_top_10 || inTop10(classified))
      ? rules.qualifying_pole
      : 0
  return {
    points: base + fastestLapBonus + poleBonus,
    fastestLapBonus,
    poleBonus,
  } satisfies RaceScore
}

/** rounds.* columns: round points mode and its round-level bonuses. */
export interface RoundPointsRules {
  round_points: boolean
  points_system: number[]
  fastest_lap: number
  fastest_lap_top_10: boolean
  qualifying_pole: number
  qualifying_pole_top_10: boolean
}

/** One driver's round, gathered from their results. */
export interface RoundTally {
  driver_id: number
  driver_name: string
  /** Sum of their race_points over every race and qualifier of the round. */
  race_points: number
  /** Race-level bonuses already inside race_points (race points mode shows them). */
  fastest_lap_bonuses: number
  pole_bonuses: number
  positions_gained: number | null
  /** Best finishing position over the races: breaks ties on points. */
  best_finish: number | null
  /** Best lap of the round in the driver's division / pole of the round's qualifier. */
  round_fastest_lap: boolean
  round_pole: boolean
}

/**
 * round_results rows, ordered by race points (ties: best finish, then driver id). Race points
 * mode: total = race_points. Round points mode: total = round points by standings position +
 * round-level fastest lap + round-level pole (e.g. 25 + 1 + 1 = 27).
 */
export function rankRound(
  tallies: readonly RoundTally[],
  rules: RoundPointsRules,
): RoundStandingRow[] {
  const ordered = [...tallies].sort(
    (a, b) =>
      b.race_points - a.race_points ||
      (a.best_finish ?? Number.POSITIVE_INFINITY) - (b.best_finish ?? Number.POSITIVE_INFINITY) ||
      a.driver_id - b.driver_id,
  )
  return ordered.map((tally, index) => {
    const position = index + 1
    const eligible = (restricted: boolean) => !restricted || position <= 10
    const roundMode = rules.round_points
    const roundPoints = roundMode ? (rules.points_system[index] ?? 0) : 0
    const fastestLap = !roundMode
      ? tally.fastest_lap_bonuses
      : tally.round_fastest_lap && eligible(rules.fastest_lap_top_10)
        ? rules.fastest_lap
        : 0
    const pole = !roundMode
      ? tally.pole_bonuses
      : tally.round_pole && eligible(rules.qualifying_pole_top_10)
        ? rules.qualifying_pole
        : 0
    // Field order as in the seed's round_results example.
    return {
      position,
      driver_id: tally.driver_id,
      driver_name: tally.driver_name,
      race_points: tally.race_points,
      fastest_lap_points: fastestLap,
      pole_position_points: pole,
      round_points: roundPoints,
      total_points: roundMode ? roundPoints + fastestLap + pole : tally.race_points,
      total_positions_gained: tally.positions_gained,
    }
  })
}
