import type { PerfTimeFile, ResumeFile, SessionsFile } from '../../calc/export-types.ts'
import { checkPerftime } from './check-perftime.ts'
import { checkResume } from './check-resume.ts'
import { checkSessions } from './check-sessions.ts'
import { type Problem, ProblemLog, sessionTabOf } from './problem.ts'
import { raceDrivers } from './race-drivers.ts'

/**
 * The validator's checks of one race, run by the race page on the files it loaded (sessions
 * codes normalized, in file order): what the schemas accept but no real race holds (a driver
 * twice, a 0 ms lap, 10,000 rows, a PerfTime rank that disagrees with the times).
 */
export function checkLoadedRace(
  sessions: SessionsFile,
  perftime: PerfTimeFile | null,
  resume: ResumeFile | null,
): Problem[] {
  const raceId = String(sessions.meta.race_id)
  const folder = `races/${raceId}`
  const log = new ProblemLog()
  const sessionTab = sessionTabOf((index) => sessions.sessions[index]?.code)
  checkSessions(raceId, sessions, log.forFile(`${folder}/sessions.json`, sessionTab))
  const race = raceDrivers(sessions)
  // A salvaged perftime.json is already named value by value above its table (and its nulls
  // are no figures to compare); a file that passed its schema has every figure.
  if (perftime && !perftime.salvaged) {
    checkPerftime(
      raceId,
      perftime as Parameters<typeof checkPerftime>[1],
      race,
      log.forFile(`${folder}/perftime.json`, () => 'PERF'),
    )
  }
  if (resume)
    checkResume(
      raceId,
      resume,
      race,
      log.forFile(`${folder}/resume.json`, () => 'RESUME'),
    )
  return log.problems
}
