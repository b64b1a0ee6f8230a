import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { isLoadError, LoadError } from '../../../calc/load-error.ts'
import { type DataSource, readJson } from '../../../loaders/data-source.ts'
import { dataUrl, isSafeId } from '../../../loaders/data-url.ts'
import type { LeagueIndexFile, LeagueRoundFile, SeasonStandingsFile } from '../calc/types.ts'
import { orThrow, parseLeagueIndex, parseLeagueRound, parseLeagueStandings } from './parse.ts'
import { leaguePaths } from './paths.ts'

/**
 * One queryOptions factory per league file kind, keys from generic to specific (the data source
 * second). fetchJson does
 * the transport checks (status, content type, JSON); parse.ts picks the shape (envelope or
 * bare body, with or without divisions) and names every problem's path.
 */

const anyJson = z.unknown()

export function leagueRoundQuery(source: DataSource, leagueId: string, roundId: string) {
  return queryOptions({
    queryKey: ['league', source, leagueId, 'round', roundId],
    queryFn: async ({ signal }): Promise<LeagueRoundFile> => {
      const url = dataUrl(leaguePaths.round(leagueId, roundId))
      if (!isSafeId(leagueId) || !isSafeId(roundId))
        throw new LoadError('not-found', url, 'not a valid id')
      return orThrow(url, parseLeagueRound(await readJson(source, url, anyJson, signal)))
    },
  })
}

export function leagueStandingsQuery(source: DataSource, leagueId: string, seasonId: string) {
  return queryOptions({
    queryKey: ['league', source, leagueId, 'standings', seasonId],
    queryFn: async ({ signal }): Promise<SeasonStandingsFile> => {
      const url = dataUrl(leaguePaths.standings(leagueId, seasonId))
      if (!isSafeId(leagueId) || !isSafeId(seasonId)) {
        throw new LoadError('not-found', url, 'not a valid id')
      }
      return orThrow(url, parseLeagueStandings(await readJson(source, url, anyJson, signal)))
    },
  })
}

/** leagues/index.json is optional: null on 404 (the index page then lists no leagues). */
export function leagueIndexQuery(source: DataSource) {
  return queryOptions({
    queryKey: ['leagues', source, 'index'],
    queryFn: async ({ signal }): Promise<LeagueIndexFile | null> => {
      const url = dataUrl(leaguePaths.index())
      try {
        return orThrow(url, parseLeagueIndex(await readJson(source, url, anyJson, signal)))
      } catch (error) {
        if (isLoadError(error) && error.kind === 'not-found') return null
        throw error
      }
    },
  })
}
