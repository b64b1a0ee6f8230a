import { queryOptions } from '@tanstack/react-query'
import type { LapOrder } from '../calc/laps-led.ts'
import { isLoadError, LoadError } from '../calc/load-error.ts'
import { type DataSource, readJson } from './data-source.ts'
import { dataUrl, isSafeId } from './data-url.ts'

/**
 * v3.3 races/<id>/laps.json (the running order at each lap), optional: null on 404 or when the
 * file belongs to another race. Its schema comes with the file, out of the first page load.
 */
export function lapsQuery(source: DataSource, raceId: string) {
  return queryOptions({
    queryKey: ['race', source, raceId, 'laps'],
    queryFn: async ({ signal }): Promise<LapOrder[] | null> => {
      const url = dataUrl(`races/${encodeURIComponent(raceId)}/laps.json`)
      if (!isSafeId(raceId)) throw new LoadError('not-found', url, 'not a valid id')
      const { lapsFileSchema } = await import('./v33-schemas.ts')
      try {
        const file = await readJson(source, url, lapsFileSchema, signal)
        return String(file.race_id) === raceId ? file.laps : null
      } catch (error) {
        if (isLoadError(error) && error.kind === 'not-found') return null
        throw error
      }
    },
  })
}
