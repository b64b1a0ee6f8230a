import { leagueFileRef } from '../../features/league/loaders/paths.ts'
import type { Problem } from './problem.ts'

/** URL params of the view a problem shows in (race tab, season, league round), or null. */
export type ProblemTarget = Record<string, string>

const RACE_FOLDER = /^races\/([^/]+)\/[^/]+\.json$/
const SEASON = /^seasons\/([^/]+)\/championship\.json$/
const RACE_KEY = /^(\d+)(?:\.|$)/

/**
 * races/1101/sessions.json › sessions[2]… → { race: "1101", tab: "Q1" }; seasons/2023/… →
 * { season: "2023" }; participants.json › 1101.830 → { race: "1101" }; league files → their round
 * or standings. The index and drivers.min.json feed every page: no single target.
 */
export function problemTarget(
  problem: Pick<Problem, 'file' | 'path' | 'tab'>,
): ProblemTarget | null {
  const race = RACE_FOLDER.exec(problem.file)?.[1]
  if (race) return problem.tab ? { race, tab: problem.tab } : { race }
  const season = SEASON.exec(problem.file)?.[1]
  if (season) return { season }
  if (problem.file === 'lookups/participants.json') {
    const key = RACE_KEY.exec(problem.path)?.[1]
    return key ? { race: key } : null
  }
  const league = leagueFileRef(problem.file)
  if (league?.kind === 'round') return { league: league.leagueId, round: league.roundId }
  if (league?.kind === 'standings') return { league: league.leagueId, standings: league.seasonId }
  return null
}
