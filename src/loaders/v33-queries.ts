import { queryOptions } from '@tanstack/react-query'
import type { RoundsFile } from '../calc/export-types.ts'
import { LoadError } from '../calc/load-error.ts'
import { type StandingsAfterRound, standingsAfterRace } from '../calc/round-standings.ts'
import { type DataSource, readJson } from './data-source.ts'
import { dataUrl, isSafeId } from './data-url.ts'
import { optional } from './optional-file.ts'
import { roundsFileSchema } from './v33-schemas.ts'

/**
 * Query factories of the v3.3 season file (rounds.json): null on 404 (no chart, no empty frame).
 * A lazy chunk with its schemas, out of the first bundle. laps.json's query is in race-queries.ts:
 * the race page reads it with its first wave (the weekend header above the table needs it).
 */

function checkedUrl(id: string, path: string): string {
  const url = dataUrl(path)
  if (!isSafeId(id)) throw new LoadError('not-found', url, 'not a valid id')
  return url
}

export function roundsQuery(source: DataSource, year: number | string) {
  return queryOptions({
    queryKey: ['season', source, String(year), 'rounds'],
    queryFn: ({ signal }): Promise<RoundsFile | null> =>
      optional(async () => {
        const id = String(year)
        const url = checkedUrl(id, `seasons/${encodeURIComponent(id)}/rounds.json`)
        const file = await readJson(source, url, roundsFileSchema, signal)
        if (String(file.season) === id) return file
        throw new LoadError('invalid-shape', url, 'the file belongs to another season', {
          problems: [{ path: 'season', message: `expected ${id}, got ${file.season}` }],
        })
      }),
  })
}

/**
 * The standings after one race's round, with their change (derived from rounds.json): what a
 * race's CHAMP tab shows, small enough to travel in that page's HTML where the whole season's
 * rounds.json would not. Null when rounds.json is absent or does not list the race.
 */
export function standingsAfterQuery(source: DataSource, year: number | string, raceId: string) {
  return queryOptions({
    queryKey: ['season', source, String(year), 'rounds', 'after', raceId],
    queryFn: async ({ client }): Promise<StandingsAfterRound | null> => {
      const rounds = await client.fetchQuery(roundsQuery(source, year))
      return rounds ? standingsAfterRace(rounds, Number(raceId)) : null
    },
    retry: false,
  })
}
