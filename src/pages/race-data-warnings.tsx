import { queryOptions, useQueries, useQuery } from '@tanstack/react-query'
import { DataWarnings } from '../components/data-warnings.tsx'
import type { DataSource } from '../loaders/data-source.ts'
import { perftimeQuery, resumeQuery, sessionsQuery } from '../loaders/race-queries.ts'
import { checkLoadedRace } from '../loaders/validate/race-checks.ts'
import { afterPaint } from './after-paint.ts'
import { useDataSource } from './data-source.ts'

/**
 * The validator's findings on the files a race page shows: data derived from those files, so a
 * query, keyed by the versions of the files it read. It runs once they have all arrived and the
 * first table is painted. This module is a lazy chunk (race-page.tsx): never in the first bundle.
 */
function raceChecksQuery(source: DataSource, raceId: string, versions: readonly number[]) {
  return queryOptions({
    queryKey: ['race', source, raceId, 'checks', ...versions],
    queryFn: async ({ client }) => {
      const sessions = client.getQueryData(sessionsQuery(source, raceId).queryKey)
      if (!sessions) return []
      // An absent or unreadable optional file is checked as absent (its own problem is shown).
      const perftime = client.getQueryData(perftimeQuery(source, raceId).queryKey) ?? null
      const resume = client.getQueryData(resumeQuery(source, raceId).queryKey) ?? null
      await new Promise<void>((painted) => afterPaint(painted))
      return checkLoadedRace(sessions, perftime, resume)
    },
    staleTime: Number.POSITIVE_INFINITY,
  })
}

/**
 * The note under a race page. Its own component: the findings arriving re-render it alone, never
 * the page and its table (10,000 rows would take seconds).
 */
export function RaceDataWarnings({ raceId }: { raceId: string }) {
  const source = useDataSource()
  const files = useQueries({
    queries: [
      sessionsQuery(source, raceId),
      perftimeQuery(source, raceId),
      resumeQuery(source, raceId),
    ],
  })
  const [sessions] = files
  const settled = sessions.data !== undefined && files.every((file) => !file.isPending)
  const checks = useQuery({
    ...raceChecksQuery(
      source,
      raceId,
      files.map((file) => file.dataUpdatedAt),
    ),
    enabled: settled,
  })
  return <DataWarnings problems={checks.data ?? []} />
}
