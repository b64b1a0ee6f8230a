import { roundWarnings } from './checks.ts'
import { inferPointsMode } from './points.ts'
import { RANKING_KINDS, resolveRanking, resultIndex } from './rankings.ts'
import {
  divisionNames,
  driverNames,
  eventResultGroups,
  orderedEvents,
  roundHasDivisions,
  roundStandingGroups,
} from './round.ts'
import type { LeagueRoundFile } from './types.ts'

/**
 * Everything the round page's tabs show, worked out once from the round file: the events with
 * their per-division results, the round standings and points mode, the rankings, the checks.
 */
export function roundView(file: LeagueRoundFile) {
  const divisions = divisionNames(file)
  const names = driverNames(file)
  const events = orderedEvents(file.race_events)
  const standings = roundStandingGroups(file.round.round_results)
  const index = resultIndex(file)
  return {
    divided: roundHasDivisions(file),
    events: events.map((event) => ({
      event,
      groups: eventResultGroups(event, divisions, names),
    })),
    standings,
    mode: inferPointsMode(
      file.round.round_points,
      standings.flatMap((group) => group.rows),
    ),
    rankings: RANKING_KINDS.map((kind) => ({
      kind,
      rows: resolveRanking(file.round[kind], index),
    })),
    warnings: roundWarnings(file),
  }
}

export type RoundView = ReturnType<typeof roundView>
