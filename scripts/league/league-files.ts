import type { LeagueIndexEntry } from '../../src/features/league/calc/types.ts'
import { indexEntry } from './index-file.ts'
import type { IdCounters, LeagueSpec } from './league-spec.ts'
import { prng } from './prng.ts'
import { roundFile } from './round-files.ts'
import { simulateRound } from './simulate-round.ts'
import { addRoundToSeason, type Season, standingsFile } from './standings-files.ts'

export interface LeagueFiles {
  /** [path under public/leagues/, JSON value] */
  files: Array<[string, unknown]>
  entry: LeagueIndexEntry
}

/** A league's round files and standings file, and its entry for leagues/index.json. */
export function leagueFiles(league: LeagueSpec): LeagueFiles {
  // One sequence for the whole season, drawn round after round: the order is part of the output.
  const rand = prng(league.seed)
  // Ids derive from the season id, so the two leagues never share one.
  const ids: IdCounters = {
    event: league.seasonId * 100 + 1,
    result: league.seasonId * 10_000 + 1,
  }
  const season: Season = new Map()
  const files: Array<[string, unknown]> = []
  for (const round of league.rounds) {
    const { path, json, rows } = roundFile(league, round, simulateRound(league, round, ids, rand))
    files.push([path, json])
    addRoundToSeason(season, round, rows)
  }
  files.push(standingsFile(league, season))
  return { files, entry: indexEntry(league) }
}
