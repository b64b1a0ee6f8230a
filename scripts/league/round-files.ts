import type { LeagueRoundFile, RoundStandingRow } from '../../src/features/league/calc/types.ts'
import { crossDivisionRankings } from './cross-division.ts'
import type { LeagueSpec, RoundSpec } from './league-spec.ts'
import { divisionIds } from './roster.ts'
import { divisionRows } from './round-tally.ts'
import type { SimulatedRound } from './simulate-round.ts'

/** The API stamps every result; fixed here so that regenerating changes no byte. */
const CREATED_AT = '2025-10-04 18:00:00'
const UPDATED_AT = '2025-10-04 21:30:00'

export interface RoundFile {
  /** Under public/leagues/: "<league id>/rounds/<round id>.json". */
  path: string
  json: unknown
  /** The round's standings, every division's in turn: empty while the round is in progress. */
  rows: RoundStandingRow[]
}

/** round_results: one block per division, or the flat list for a league without divisions. */
function roundResults(league: LeagueSpec, simulated: SimulatedRound) {
  const rows = new Map<number | null, RoundStandingRow[]>()
  for (const divisionId of divisionIds(league)) {
    rows.set(divisionId, divisionRows(simulated.tallies, league, divisionId))
  }
  const results: LeagueRoundFile['round']['round_results'] = league.divisions.length
    ? {
        standings: league.divisions.map((d) => ({
          division_id: d.id,
          division_name: d.name,
          results: rows.get(d.id) ?? [],
        })),
      }
    : { standings: rows.get(null) ?? [] }
  return { results, rows: [...rows.values()].flat() }
}

/**
 * A round as GET /api/rounds/{id}/results answers it (RoundResultsData): standings and rankings
 * once the round is completed, and each result with its `driver` info, which the viewer reduces
 * to driver_name at load.
 */
export function roundFile(
  league: LeagueSpec,
  round: RoundSpec,
  simulated: SimulatedRound,
): RoundFile {
  const standings = simulated.completed ? roundResults(league, simulated) : null
  const cross = simulated.completed ? crossDivisionRankings(simulated.events) : null
  const body = {
    round: {
      id: round.id,
      round_number: round.number,
      name: round.name,
      status: simulated.completed ? 'completed' : 'scheduled',
      round_results: standings?.results ?? null,
      qualifying_results: cross?.qualifying_results ?? null,
      race_time_results: cross?.race_time_results ?? null,
      fastest_lap_results: cross?.fastest_lap_results ?? null,
    },
    divisions: league.divisions.map((d) => ({ id: d.id, name: d.name })),
    race_events: simulated.events.map((event) => ({
      ...event,
      results: event.results.map(({ driver_name, ...result }) => ({
        ...result,
        created_at: CREATED_AT,
        updated_at: UPDATED_AT,
        driver: { id: result.driver_id, name: driver_name },
      })),
    })),
  }
  const json = league.envelopeRounds.includes(round.id)
    ? { message: 'Round results retrieved successfully', data: body, status: 200 }
    : body
  return { path: `${league.id}/rounds/${round.id}.json`, json, rows: standings?.rows ?? [] }
}
