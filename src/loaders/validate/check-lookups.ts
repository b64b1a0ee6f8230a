import type { DriversLookup, ParticipantsLookup } from '../../calc/export-types.ts'
import { formatPath } from '../describe-issues.ts'
import { m } from './message.ts'
import type { FileLog } from './problem.ts'
import type { RaceDrivers } from './race-drivers.ts'

/** The races of the folder, by id; null for a race whose sessions.json cannot be read. */
export type RacesById = ReadonlyMap<string, RaceDrivers | null>

/**
 * lookups/participants.json: a race without a folder is a warning (a partial export may carry
 * the site's whole lookup); a driver that none of the race's sessions has is an error: his row is
 * attached to nobody, and the driver meant probably misses his number.
 */
export function checkParticipants(lookup: ParticipantsLookup, races: RacesById, log: FileLog) {
  for (const [raceId, drivers] of Object.entries(lookup)) {
    if (!races.has(raceId)) {
      log.warning(
        formatPath([raceId]),
        m`race ${raceId} has no folder races/${raceId}/ in this export: the entry is never read`,
      )
      continue
    }
    const race = races.get(raceId)
    if (!race) continue
    for (const driverId of Object.keys(drivers)) {
      if (!race.drivers.has(Number(driverId))) {
        log.error(
          formatPath([raceId, driverId]),
          m`driver ${driverId} is in no session of races/${raceId}/sessions.json`,
        )
      }
    }
  }
}

/**
 * lookups/drivers.min.json: a name for a driver that no race of the folder has is never shown
 * (a warning). Skipped when a sessions.json is not even JSON: its drivers are unknown.
 */
export function checkDriversLookup(lookup: DriversLookup, races: RacesById, log: FileLog) {
  const known = new Set<string>()
  for (const race of races.values()) {
    if (!race) return
    for (const driver of race.drivers) known.add(String(driver))
  }
  for (const driverId of Object.keys(lookup)) {
    if (!known.has(driverId)) {
      log.warning(
        formatPath([driverId]),
        m`driver ${driverId} is in no session of the races of this export: the name is never shown`,
      )
    }
  }
}
