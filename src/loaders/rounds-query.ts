import { queryOptions } from '@tanstack/react-query'
import { isLoadError, LoadError } from '../calc/load-error.ts'
import type { RoundsFile } from '../calc/round-standings.ts'
import { type DataSource, readJson } from './data-source.ts'
import { dataUrl, isSafeId } from './data-url.ts'

/**
 * v3.3 seasons/<year>/rounds.json (the standings after each round), optional: null on 404, the
 * page then shows the season file under its own date. Its schema is loaded with the file, so the
 * first page load does not carry it.
 */
export function roundsQuery(source: DataSource, year: number | string) {
  return queryOptions({
    queryKey: ['season', source, String(year), 'rounds'],
    queryFn: async ({ signal }): Promise<RoundsFile | null> => {
      const url = dataUrl(`seasons/${encodeURIComponent(String(year))}/rounds.json`)
      if (!isSafeId(String(year))) throw new LoadError('not-found', url, 'not a valid id')
      const { roundsFileSchema } = await import('./v33-schemas.ts')
      try {
        return await readJson(source, url, roundsFileSchema, signal)
      } catch (error) {
        if (isLoadError(error) && error.kind === 'not-found') return null
        throw error
      }
    },
  })
}
