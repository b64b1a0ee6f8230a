import type { RacePointsRules, RoundPointsRules } from '../../src/features/league/calc/scoring.ts'

/**
 * What a sample league is made of: who drives, which rounds with which races, the points rules,
 * and the incidents each round should show (so the viewer has every case to display).
 */

/** A number in [0, 1) from the league's seeded sequence (see prng.ts). */
export type Random = () => number

export interface Driver {
  id: number
  name: string
  divisionId: number | null
  /** Slower than the reference lap by this much on average (ms). */
  pace: number
}

export interface Division {
  id: number
  name: string
}

export interface RaceSpec {
  name: string | null
  isQualifier: boolean
  laps: number
  rules: RacePointsRules
  /** Grid of a race: the qualifier's order, or the previous race's top 8 reversed. */
  grid: 'qualifying' | 'reverse_grid'
  /** Still running: results stay pending, without positions or points. */
  pending?: boolean
}

export interface RoundSpec {
  id: number
  number: number
  name: string
  lapMs: number
  races: RaceSpec[]
  absent?: number[]
  dnf?: number[]
  dns?: number[]
  /** [driver id, penalty ms] */
  penalty?: Array<[number, number]>
  /** A driver who sets the division's fastest lap from the back of the field (event index). */
  slowFastestLap?: { event: number; driverId: number }
}

export interface LeagueSpec {
  id: string
  name: string
  seasonId: number
  seasonName: string
  divisions: Division[]
  drivers: Driver[]
  roundRules: RoundPointsRules
  rounds: RoundSpec[]
  /** Rounds whose file keeps the API's response envelope, as a saved response would. */
  envelopeRounds: number[]
  seed: number
}

/** The next race event and result ids: they run on through the season, as the API's do. */
export interface IdCounters {
  event: number
  result: number
}
