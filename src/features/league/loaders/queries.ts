import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { isLoadError, LoadError } from '../../../calc/load-error.ts'
import { dataUrl, isSafeId } from '../../../loaders/data-url.ts'
import { fetchJson } from '../../../loaders/fetch-json.ts'
import type { LeagueIndexFile, LeagueRoundFile, SeasonStandingsFile } from '../calc/types.ts'
import { orThrow, parseLeagueIndex, parseLeagueRound, parseLeagueStandings } from './parse.ts'
import { leaguePaths } from './paths.ts'

/**
 * One queryOptions factory per league file kind, keys from generic to specific. fetchJson does
 * the transport checks (status, content type, JSON); league-parse picks the shape (envelope or
 * bare body, with or without divisions) and names every problem's path.
 */

const anyJson = z.unknown()

export function leagueRoundQuery(leagueId: string, roundId: string) {
  return queryOptions({
    queryKey: ['league', leagueId, 'round', roundId],
    queryFn: async ({ signal }): Promise<LeagueRoundFile> => {
      const url = dataUrl(leaguePaths.round(leagueId, roundId))
      if (!isSafeId(leagueId) || !isSafeId(roundId))
        throw new LoadError('not-found', url, 'not a valid id')
      return orThrow(url, parseLeagueRound(await fetchJson(url, anyJson, signal)))
    },
  })
}

export function leagueStandingsQuery(leagueId: string, seasonId: string) {
  return queryOptions({
    queryKey: ['league', leagueId, 'standings', seasonId],
    queryFn: async ({ signal }): Promise<SeasonStandingsFile> => {
      const url = dataUrl(leaguePaths.standings(leagueId, seasonId))
      if (!isSafeId(leagueId) || !isSafeId(seasonId)) {
        throw new LoadError('not-found', url, 'not a valid id')
      }
      return orThrow(url, parseLeagueStandings(await fetchJson(url, anyJson, signal)))
    },
  })
}

/** leagues/index.json is optional: null on 404 (the index page then lists no leagues). */
export function leagueIndexQuery() {
  return queryOptions({
    queryKey: ['leagues', 'index'],
    queryFn: async ({ signal }): Promise<LeagueIndexFile | null> => {
      const url = dataUrl(leaguePaths.index())
      try {
        return orThrow(url, parseLeagueIndex(await fetchJson(url, anyJson, signal)))
      } catch (error) {
        if (isLoadError(error) && error.kind === 'not-found') return null
        throw error
      }
    },
  })
}
