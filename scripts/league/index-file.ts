import type { LeagueIndexEntry } from '../../src/features/league/calc/types.ts'
import type { LeagueSpec } from './league-spec.ts'

/** A league's entry in leagues/index.json (ours, not the API's): what the index page lists. */
export function indexEntry(league: LeagueSpec): LeagueIndexEntry {
  return {
    id: league.id,
    name: league.name,
    has_divisions: league.divisions.length > 0,
    seasons: [
      {
        id: league.seasonId,
        name: league.seasonName,
        rounds: league.rounds.map((round) => ({
          id: round.id,
          round_number: round.number,
          name: round.name,
          status: round.races.some((r) => r.pending) ? 'scheduled' : 'completed',
        })),
      },
    ],
  }
}
