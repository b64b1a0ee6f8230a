/**
 * Sim-racing league results (seed 003), as the app sees them after loading: field names and
 * nullability as the league API sends them. The optional `driver` info of a result is reduced to
 * `driver_name` at load; everything else is kept as sent.
 */

/** race_results.status: 'pending' until the race is completed, then 'confirmed'. */
export type ResultStatus = 'pending' | 'confirmed'

/** RaceResultData: one driver's result in a race or qualifier. */
export interface LeagueRaceResult {
  id: number
  race_id: number
  driver_id: number
  division_id: number | null
  position: number | null
  /** "1:32:45.678" (H:MM:SS.mmm), "32:45.678" or "45.678". */
  race_time: string | null
  /** "+12.345": behind the leader. */
  race_time_difference: string | null
  /** "1:25.123" (M:SS.mmm) or "85.123". */
  fastest_lap: string | null
  /** "5.000": seconds of penalty. */
  penalties: string | null
  has_fastest_lap: boolean
  has_pole: boolean
  dnf: boolean
  status: ResultStatus
  race_points: number
  positions_gained: number | null
  /** From the result's optional `driver` info; null when the API did not send it. */
  driver_name: string | null
}

/** RaceEventResultData: a race or qualifier of the round, with its results. */
export interface LeagueRaceEvent {
  id: number
  race_number: number
  name: string | null
  is_qualifier: boolean
  /** 'scheduled' or 'completed'. */
  status: string
  /** Whether this race awards points. */
  race_points: boolean
  results: LeagueRaceResult[]
}

/** One driver's line in round_results. */
export interface RoundStandingRow {
  position: number
  driver_id: number
  driver_name: string
  race_points: number
  fastest_lap_points: number
  pole_position_points: number
  /** Round points mode only; null when the file leaves it out. */
  round_points: number | null
  total_points: number
  total_positions_gained: number | null
}

export interface DivisionRoundStanding {
  division_id: number
  division_name: string
  results: RoundStandingRow[]
}

/** round_results: flat without divisions, one block per division with them. */
export type RoundResults =
  | { standings: RoundStandingRow[] }
  | { standings: DivisionRoundStanding[] }

/** qualifying_results, race_time_results, fastest_lap_results: one entry each. */
export interface CrossDivisionEntry {
  position: number
  race_result_id: number
  time_ms: number
}

export interface LeagueRoundSummary {
  id: number
  round_number: number
  name: string | null
  /** 'scheduled' or 'completed'; the JSON fields below are null until 'completed'. */
  status: string
  /** rounds.round_points when the file carries it; otherwise the mode is inferred. */
  round_points?: boolean | undefined
  round_results: RoundResults | null
  qualifying_results: CrossDivisionEntry[] | null
  race_time_results: CrossDivisionEntry[] | null
  fastest_lap_results: CrossDivisionEntry[] | null
}

export interface LeagueDivision {
  id: number
  name: string
}

/** RoundResultsData: leagues/<league_id>/rounds/<round_id>.json. */
export interface LeagueRoundFile {
  round: LeagueRoundSummary
  divisions: LeagueDivision[]
  race_events: LeagueRaceEvent[]
}

export interface SeasonRoundPoints {
  round_id: number
  round_number: number
  points: number
}

export interface SeasonStandingDriver {
  position: number
  driver_id: number
  driver_name: string
  total_points: number
  rounds: SeasonRoundPoints[]
}

export interface SeasonDivisionStanding {
  division_id: number
  division_name: string
  drivers: SeasonStandingDriver[]
}

/** leagues/<league_id>/seasons/<season_id>/standings.json (the response body's data). */
export type SeasonStandingsFile =
  | { has_divisions: false; standings: SeasonStandingDriver[] }
  | { has_divisions: true; standings: SeasonDivisionStanding[] }

/** leagues/index.json (ours, not the API's): what the index page lists. */
export interface LeagueIndexRound {
  id: number
  round_number: number
  name: string | null
  status: string
}

export interface LeagueIndexSeason {
  id: number
  name: string
  rounds: LeagueIndexRound[]
}

export interface LeagueIndexEntry {
  id: string
  name: string
  has_divisions: boolean
  seasons: LeagueIndexSeason[]
}

export interface LeagueIndexFile {
  leagues: LeagueIndexEntry[]
}
