import { parseLapTime } from '../../src/calc/lap-time.ts'
import { parseFastestLap } from '../../src/features/league/calc/time.ts'
import type { CrossDivisionEntry, LeagueRaceEvent } from '../../src/features/league/calc/types.ts'

/**
 * The round's cross-division rankings (seed 003), read back from its results with the viewer's
 * own parsers: qualifying laps, each driver's best race time, every race's fastest laps.
 */

interface Timed {
  id: number
  ms: number
}

function rank(list: Timed[]): CrossDivisionEntry[] {
  return list
    .sort((a, b) => a.ms - b.ms || a.id - b.id)
    .map((item, index) => ({ position: index + 1, race_result_id: item.id, time_ms: item.ms }))
}

function lapTimes(results: LeagueRaceEvent['results']): Timed[] {
  return results.flatMap((r) => {
    const ms = parseFastestLap(r.fastest_lap)
    return ms == null ? [] : [{ id: r.id, ms }]
  })
}

export function crossDivisionRankings(events: readonly LeagueRaceEvent[]) {
  const qualifying = events.filter((e) => e.is_qualifier).flatMap((e) => e.results)
  const races = events.filter((e) => !e.is_qualifier).flatMap((e) => e.results)
  const bestRace = new Map<number, Timed>()
  for (const r of races) {
    const ms = parseLapTime(r.race_time)
    if (r.dnf || ms == null) continue
    const seen = bestRace.get(r.driver_id)
    if (!seen || ms < seen.ms) bestRace.set(r.driver_id, { id: r.id, ms })
  }
  return {
    qualifying_results: rank(lapTimes(qualifying)),
    race_time_results: rank([...bestRace.values()]),
    fastest_lap_results: rank(lapTimes(races)),
  }
}
