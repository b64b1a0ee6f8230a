import type { ResumeFile } from '../../calc/export-types.ts'
import { resumeRowSchema } from '../race-schemas.ts'
import { checkRaceId } from './check-sessions.ts'
import { m } from './message.ts'
import type { FileLog } from './problem.ts'
import { checkInSessions, checkOnePerDriver, type RaceDrivers } from './race-drivers.ts'

const KNOWN_KEYS = new Set(Object.keys(resumeRowSchema.def.shape))
const PER_SESSION_KEY = /^(pos|pct)_[a-z0-9]+$/i

/**
 * A key the page never reads (a typo, "__proto__"): ignored by the page, reported once per key.
 * `rows` are the rows as written, before pos_ / pct_ keys are gathered.
 */
export function checkResumeKeys(rows: ReadonlyArray<object>, log: FileLog): void {
  const seen = new Set<string>()
  rows.forEach((row, index) => {
    for (const key of Object.keys(row)) {
      if (KNOWN_KEYS.has(key) || PER_SESSION_KEY.test(key) || seen.has(key)) continue
      seen.add(key)
      log.warning(
        `rows[${index}].${key}`,
        m`unknown field ${JSON.stringify(key)}: the page ignores it`,
      )
    }
  })
}

/** races/<id>/resume.json: the folder's race id, one row per driver, drivers of sessions.json. */
export function checkResume(
  raceId: string,
  file: ResumeFile,
  race: RaceDrivers | null,
  log: FileLog,
): void {
  checkRaceId(raceId, file.meta.race_id, log)
  checkOnePerDriver(file.rows, 'rows', log)
  if (race) checkInSessions(file.rows, 'rows', race, log)
}
