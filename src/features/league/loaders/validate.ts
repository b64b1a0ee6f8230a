import { roundWarnings, seasonWarnings } from '../calc/checks.ts'
import type { LeagueWarning } from '../calc/points.ts'
import {
  joinPath,
  type Parsed,
  parseLeagueIndex,
  parseLeagueRound,
  parseLeagueStandings,
} from './parse.ts'
import { leagueFileRef } from './paths.ts'

/**
 * For `npm run validate`: every problem of one league file with its JSON path. Shape problems are
 * errors (the page cannot show the file); points, times and unresolved ids are warnings (the page
 * shows the file as it is). Pure: the caller reads the file and prints.
 */

export interface LeagueFileProblem {
  /** JSON path in the file: "round.round_results.standings[0].total_points" ("" for the root). */
  path: string
  severity: 'error' | 'warning'
  message: string
}

const NOT_LEAGUE =
  'not a league file: expected leagues/index.json, leagues/<league>/rounds/<round>.json or leagues/<league>/seasons/<season>/standings.json'

/** Whether validateLeagueFile knows this path (so the caller can route files to it). */
export function isLeagueFile(path: string): boolean {
  return leagueFileRef(path) !== null
}

export function validateLeagueFile(path: string, json: unknown): LeagueFileProblem[] {
  const ref = leagueFileRef(path)
  if (!ref) return [{ path: '', severity: 'error', message: NOT_LEAGUE }]
  if (ref.kind === 'index') return errorsOf(parseLeagueIndex(json))
  if (ref.kind === 'standings') {
    const parsed = parseLeagueStandings(json)
    return parsed.ok ? warningsOf(seasonWarnings(parsed.data), parsed.prefix) : errorsOf(parsed)
  }
  const parsed = parseLeagueRound(json)
  if (!parsed.ok) return errorsOf(parsed)
  const warnings = roundWarnings(parsed.data)
  // The standings page links round_id → rounds/<round_id>.json: a misnamed file is a dead link.
  if (String(parsed.data.round.id) !== ref.roundId) {
    warnings.unshift({
      path: 'round.id',
      code: 'file-name',
      message: `the file is named ${ref.roundId}.json but holds round ${parsed.data.round.id}`,
      values: { file: ref.roundId, round: parsed.data.round.id },
    })
  }
  return warningsOf(warnings, parsed.prefix)
}

function errorsOf(parsed: Parsed<unknown>): LeagueFileProblem[] {
  if (parsed.ok) return []
  return parsed.problems.map((problem) => ({ ...problem, severity: 'error' }))
}

function warningsOf(warnings: readonly LeagueWarning[], prefix: string): LeagueFileProblem[] {
  return warnings.map((warning) => ({
    path: joinPath(prefix, warning.path),
    severity: 'warning',
    message: warning.message,
  }))
}
