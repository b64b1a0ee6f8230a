import type { RaceIndexFile, RaceMeta } from '../../calc/export-types.ts'
import { m } from './message.ts'
import type { FileLog } from './problem.ts'
import { firstIndexes } from './race-drivers.ts'

export interface IndexContext {
  /** Race folders that have a sessions.json, with its meta when it can be read. */
  races: ReadonlyMap<string, RaceMeta | null>
  /** Seasons that have a championship.json. */
  championships: ReadonlySet<string>
}

const SAME_AS_META = ['year', 'round', 'gp_name', 'country', 'circuit', 'date'] as const

/**
 * races/index.json against the folder: a link to a race or championship that is not there is an
 * error (the index page would lead to "not found"); a race or season that the index forgets, or
 * an entry that says something else than the race's own meta, is a warning.
 */
export function checkRaceIndex(index: RaceIndexFile, context: IndexContext, log: FileLog) {
  const listed = firstIndexes(
    index.races,
    (entry) => String(entry.race_id),
    (at, first) =>
      log.error(
        `races[${at}].race_id`,
        m`race ${index.races[at]?.race_id} is already races[${first}]`,
      ),
  )
  index.races.forEach((entry, at) => {
    const id = String(entry.race_id)
    if (!context.races.has(id)) {
      log.error(
        `races[${at}].race_id`,
        m`no races/${id}/sessions.json: the index links to a race that is not there`,
      )
      return
    }
    const meta = context.races.get(id)
    if (!meta) return
    for (const field of SAME_AS_META) {
      if (entry[field] !== meta[field]) {
        log.warning(
          `races[${at}].${field}`,
          m`${JSON.stringify(entry[field])} differs from ${JSON.stringify(meta[field])} (meta.${field} of races/${id}/sessions.json)`,
        )
      }
    }
  })
  for (const [id, meta] of context.races) {
    if (listed.has(id)) continue
    const name = meta ? ` (${meta.gp_name} ${meta.year})` : ''
    log.warning('races', m`race ${id}${name} is not listed: the index page does not link to it`)
  }
  const seasons = new Set((index.championships ?? []).map(String))
  ;(index.championships ?? []).forEach((year, at) => {
    if (!context.championships.has(String(year))) {
      log.error(
        `championships[${at}]`,
        m`no seasons/${year}/championship.json: the index links to a championship that is not there`,
      )
    }
  })
  for (const year of context.championships) {
    if (!seasons.has(year)) {
      log.warning(
        'championships',
        m`season ${year} has seasons/${year}/championship.json but is not listed: the index does not link to it`,
      )
    }
  }
}
