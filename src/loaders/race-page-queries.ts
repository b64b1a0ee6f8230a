import { type QueryClient, queryOptions } from '@tanstack/react-query'
import type { DriversLookup, RaceIndexEntry } from '../calc/export-types.ts'
import { raceNeighbours } from '../calc/race-neighbours.ts'
import type { DataSource } from './data-source.ts'
import {
  driversLookupQuery,
  lapsQuery,
  participantsQuery,
  perftimeQuery,
  raceIndexQuery,
  resumeQuery,
  sessionsQuery,
} from './race-queries.ts'

/**
 * What one race page reads of the site-wide files, as queries of their own keyed by the race
 * (like participantsQuery): a prerendered page embeds these few entries, never the whole
 * races/index.json (180 KB for the whole history) or drivers.min.json.
 */

export interface RaceNav {
  previous: RaceIndexEntry | null
  next: RaceIndexEntry | null
  /** The seasons that have a championship file (null when the index does not say). */
  championships: number[] | null
}

/** The previous and next Grands Prix and the seasons with a championship; null without an index. */
export function raceNavQuery(source: DataSource, raceId: string) {
  return queryOptions({
    queryKey: ['races', source, 'index', 'nav', raceId],
    queryFn: async ({ client }): Promise<RaceNav | null> => {
      const index = await client.fetchQuery(raceIndexQuery(source))
      if (!index) return null
      const { previous, next } = raceNeighbours(index.races, Number(raceId))
      return { previous, next, championships: index.championships ?? null }
    },
    // Derived: the files it reads retry on their own (a retry here would fetch them again).
    retry: false,
  })
}

/** The display names of this race's drivers only (null when drivers.min.json is absent). */
export function raceDriverNamesQuery(source: DataSource, raceId: string) {
  return queryOptions({
    queryKey: ['lookups', source, 'drivers', raceId],
    queryFn: async ({ client }): Promise<DriversLookup | null> => {
      const sessions = sessionsQuery(source, raceId)
      // A sessions.json that failed is not asked for again from here: the page shows its problem
      // and its retry button, which reads both again (retryRaceSessions).
      const failed = client.getQueryState(sessions.queryKey)
      if (failed?.status === 'error') throw failed.error
      const [names, file] = await Promise.all([
        client.fetchQuery(driversLookupQuery(source)),
        client.ensureQueryData(sessions),
      ])
      if (!names) return null
      const ids = new Set(file.sessions.flatMap((s) => s.rows.map((row) => String(row.driver_id))))
      return Object.fromEntries(Object.entries(names).filter(([id]) => ids.has(id)))
    },
    staleTime: Number.POSITIVE_INFINITY,
    // Derived: the files it reads retry on their own (a retry here would fetch them again).
    retry: false,
  })
}

/**
 * The race page's retry after sessions.json failed: the file again, then the names derived from
 * it, which do not ask for it again on their own.
 */
export async function retryRaceSessions(client: QueryClient, source: DataSource, raceId: string) {
  await client.refetchQueries({ queryKey: sessionsQuery(source, raceId).queryKey, exact: true })
  const names = raceDriverNamesQuery(source, raceId).queryKey
  await client.refetchQueries({ queryKey: names, exact: true })
}

/**
 * Every file the race page's first view needs, requested together: the page's `useQueries`, and
 * the entry (main.tsx) before React's first render, so that the downloads run while it renders.
 * The page appears once the race's own files (sessions, perftime, resume, laps) have answered:
 * they decide what stands above the table (the weekend header, the tabs). Names, N° and the
 * navigation fill in place: their space is held.
 */
export function raceFirstWave(source: DataSource, raceId: string) {
  return [
    sessionsQuery(source, raceId),
    perftimeQuery(source, raceId),
    resumeQuery(source, raceId),
    raceDriverNamesQuery(source, raceId),
    participantsQuery(source, raceId),
    raceNavQuery(source, raceId),
    lapsQuery(source, raceId),
  ] as const
}
