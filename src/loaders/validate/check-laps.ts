import type { LapsFile, RaceMeta } from '../../calc/export-types.ts'
import { m } from './message.ts'
import type { FileLog } from './problem.ts'
import type { RaceDrivers } from './race-drivers.ts'

export interface LapsContext {
  /** The race's sessions.json: undefined when the folder has none, null when unreadable. */
  drivers: RaceDrivers | null | undefined
  meta: RaceMeta | null | undefined
}

/**
 * v3.3 races/<id>/laps.json: the folder's race, laps 0 (grid), 1, 2… in order and within the
 * race's lap count, one place per car on each lap, every driver one of the race's sessions.
 */
export function checkLaps(raceId: string, file: LapsFile, context: LapsContext, log: FileLog) {
  if (String(file.race_id) !== raceId) {
    log.error('race_id', m`expected ${raceId} (the folder races/${raceId}/), got ${file.race_id}`)
  }
  if (context.drivers === undefined) {
    log.error('', m`no races/${raceId}/sessions.json: a lap chart without its race`)
  }
  const lapsTotal = context.meta?.laps_total ?? null
  file.laps.forEach((lap, index) => {
    const at = `laps[${index}]`
    if (lap.lap !== index) {
      log.error(
        `${at}.lap`,
        m`expected lap ${index} (lap 0 is the grid, then 1, 2… in order), got ${lap.lap}`,
      )
    }
    if (lapsTotal !== null && lap.lap > lapsTotal) {
      log.error(`${at}.lap`, m`lap ${lap.lap} after the race's ${lapsTotal} laps (meta.laps_total)`)
    }
    const seen = new Map<number, number>()
    lap.order.forEach((driver, place) => {
      const first = seen.get(driver)
      if (first !== undefined) {
        log.error(
          `${at}.order[${place}]`,
          m`driver ${driver} is already order[${first}]: one place per car`,
        )
      } else seen.set(driver, place)
      if (context.drivers && !context.drivers.drivers.has(driver)) {
        log.error(`${at}.order[${place}]`, m`driver ${driver} is in no session of the race`)
      }
    })
  })
}
