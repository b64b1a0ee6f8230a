import type * as z from 'zod/mini'
import { pctOf } from '../../calc/percent.ts'
import { normalizeSessionCode } from '../../calc/session-codes.ts'
import type { perfTimeFileSchema } from '../race-schemas.ts'
import { checkRaceId } from './check-sessions.ts'
import { m } from './message.ts'
import type { FileLog } from './problem.ts'
import { checkInSessions, checkOnePerDriver, type RaceDrivers } from './race-drivers.ts'

// The file as its schema reads it (every figure present): the page's type allows the salvage's nulls.
type PerfTimeFile = z.infer<typeof perfTimeFileSchema>
type PerfTimeEntry = PerfTimeFile['best_times'][number]

// Exporters round to 2 decimals in their own way (half-even, half-up): one hundredth is tolerated.
const PCT_TOLERANCE = 0.0100001

/**
 * races/<id>/perftime.json: the folder's race id, one entry per driver, drivers and sessions that
 * sessions.json has (when it could be read), global_best = the fastest entry, pct_vs_best and
 * rank computed from best_ms (ties share a rank: 1, 2, 2, 4).
 */
export function checkPerftime(
  raceId: string,
  file: PerfTimeFile,
  race: RaceDrivers | null,
  log: FileLog,
): void {
  checkRaceId(raceId, file.meta.race_id, log)
  const entries = file.best_times
  checkOnePerDriver(entries, 'best_times', log)
  if (race) {
    checkInSessions(entries, 'best_times', race, log)
    checkSessionCodes(entries, race, log)
  }
  const reference = checkGlobalBest(file, log)
  if (reference === null) return
  const sorted = entries.map((entry) => entry.best_ms).sort((a, b) => a - b)
  entries.forEach((entry, index) => {
    const expected = pctOf(entry.best_ms, reference)
    if (Math.abs(entry.pct_vs_best - expected) > PCT_TOLERANCE) {
      log.error(
        `best_times[${index}].pct_vs_best`,
        m`expected ${expected} (${entry.best_ms} ms vs the global best ${reference} ms), got ${entry.pct_vs_best}`,
      )
    }
    const faster = countBelow(sorted, entry.best_ms)
    if (entry.rank !== faster + 1) {
      log.error(
        `best_times[${index}].rank`,
        m`expected ${faster + 1} (${faster} faster best_ms), got ${entry.rank}`,
      )
    }
  })
}

function checkSessionCodes(entries: readonly PerfTimeEntry[], race: RaceDrivers, log: FileLog) {
  entries.forEach((entry, index) => {
    if (!race.codes.has(normalizeSessionCode(entry.best_session))) {
      log.error(
        `best_times[${index}].best_session`,
        m`no session ${JSON.stringify(entry.best_session)} in sessions.json`,
      )
    }
  })
}

/** The reference of the percentages: the fastest best_ms; global_best must be that entry. */
function checkGlobalBest(file: PerfTimeFile, log: FileLog): number | null {
  const entries = file.best_times
  let fastest: PerfTimeEntry | undefined
  for (const entry of entries) if (!fastest || entry.best_ms < fastest.best_ms) fastest = entry
  const best = file.global_best
  if (!fastest) {
    if (best) log.error('global_best', 'expected null (best_times is empty), got an object')
    return null
  }
  const fastestText = `${fastest.best_ms} ms, driver ${fastest.driver_id} (${fastest.driver_name})`
  if (!best) {
    log.error('global_best', m`expected the fastest entry (${fastestText}), got null`)
  } else if (best.best_ms !== fastest.best_ms) {
    log.error(
      'global_best.best_ms',
      m`expected ${fastest.best_ms}, the fastest best_ms of best_times, got ${best.best_ms}`,
    )
  } else if (!entries.some((e) => e.driver_id === best.driver_id && e.best_ms === best.best_ms)) {
    log.error(
      'global_best.driver_id',
      m`expected the driver of the fastest entry (${fastestText}), got ${best.driver_id}`,
    )
  }
  return fastest.best_ms
}

/** How many values of a sorted list are strictly below a value (binary search). */
function countBelow(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sorted[middle] ?? 0) < value) low = middle + 1
    else high = middle
  }
  return low
}
