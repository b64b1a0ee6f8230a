import type { LeagueRaceEvent, LeagueRaceResult } from '../../src/features/league/calc/types.ts'
import { eventResults } from './event-results.ts'
import type { Driver, IdCounters, LeagueSpec, Random, RoundSpec } from './league-spec.ts'
import { divisionIds } from './roster.ts'
import { addResult, emptyTallies, type RoundTallies } from './round-tally.ts'
import { runEvent, startingGrid } from './simulate-race.ts'

export interface SimulatedRound {
  /** The round's race_events, qualifier first, each with every division's results. */
  events: LeagueRaceEvent[]
  tallies: RoundTallies
  /** False while a race is pending: the round has no standings yet. */
  completed: boolean
}

/**
 * Runs a round's events in order, each division on its own: a race's grid comes from the
 * qualifier or the previous race of the same division.
 */
export function simulateRound(
  league: LeagueSpec,
  round: RoundSpec,
  ids: IdCounters,
  rand: Random,
): SimulatedRound {
  const present = league.drivers.filter((d) => !(round.absent ?? []).includes(d.id))
  const tallies = emptyTallies()
  const previousOrder = new Map<number | null, Driver[]>()
  const qualifyingOrder = new Map<number | null, Driver[]>()
  const events = round.races.map<LeagueRaceEvent>((spec, eventIndex) => {
    const eventId = ids.event++
    const results: LeagueRaceResult[] = []
    for (const divisionId of divisionIds(league)) {
      const field = present.filter((d) => d.divisionId === divisionId)
      const grid = startingGrid(
        spec,
        field,
        qualifyingOrder.get(divisionId),
        previousOrder.get(divisionId),
      )
      const order = runEvent(spec, round, grid, rand, eventIndex)
      for (const scored of eventResults(order, grid, spec, { eventId, divisionId, ids })) {
        results.push(scored.result)
        if (!spec.pending) addResult(tallies, scored, spec.isQualifier)
      }
      const drivers = order.map((e) => e.driver)
      if (spec.isQualifier) qualifyingOrder.set(divisionId, drivers)
      previousOrder.set(divisionId, drivers)
    }
    return {
      id: eventId,
      race_number: spec.isQualifier ? 0 : eventIndex,
      name: spec.name,
      is_qualifier: spec.isQualifier,
      status: spec.pending ? 'scheduled' : 'completed',
      race_points: spec.rules.race_points,
      results,
    }
  })
  return { events, tallies, completed: round.races.every((spec) => !spec.pending) }
}
