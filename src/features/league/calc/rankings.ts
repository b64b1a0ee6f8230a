import { divisionNames, driverNames } from './round.ts'
import type { CrossDivisionEntry, LeagueRaceEvent, LeagueRoundFile } from './types.ts'

/**
 * Cross-division rankings (qualifying_results, race_time_results, fastest_lap_results) carry only
 * race_result_id: the driver and the division come from the round's race_events. An id that
 * matches no result is kept (its position and time are still true) and marked unresolved.
 */

export interface ResolvedResult {
  driverId: number
  driverName: string | null
  divisionId: number | null
  divisionName: string | null
  event: Pick<LeagueRaceEvent, 'id' | 'race_number' | 'name' | 'is_qualifier'>
}

export interface RankingRow {
  position: number
  raceResultId: number
  timeMs: number
  /** Behind the ranking's fastest time; null for the fastest. */
  gapMs: number | null
  /** null: the id matches no result of this round. */
  resolved: ResolvedResult | null
}

export type RankingKind = 'qualifying_results' | 'race_time_results' | 'fastest_lap_results'

export const RANKING_KINDS: readonly RankingKind[] = [
  'qualifying_results',
  'race_time_results',
  'fastest_lap_results',
]

/** Every result of the round by its id, with the driver and division it belongs to. */
export function resultIndex(file: LeagueRoundFile): Map<number, ResolvedResult> {
  const names = driverNames(file)
  const divisions = divisionNames(file)
  const index = new Map<number, ResolvedResult>()
  for (const event of file.race_events) {
    const { id, race_number, name, is_qualifier } = event
    for (const result of event.results) {
      index.set(result.id, {
        driverId: result.driver_id,
        driverName: names.get(result.driver_id) ?? result.driver_name,
        divisionId: result.division_id,
        divisionName:
          result.division_id == null ? null : (divisions.get(result.division_id) ?? null),
        event: { id, race_number, name, is_qualifier },
      })
    }
  }
  return index
}

/** A ranking in position order, each entry resolved to its driver and division (or marked). */
export function resolveRanking(
  entries: readonly CrossDivisionEntry[] | null,
  index: ReadonlyMap<number, ResolvedResult>,
): RankingRow[] {
  if (!entries || entries.length === 0) return []
  const sorted = [...entries].sort((a, b) => a.position - b.position || a.time_ms - b.time_ms)
  const fastest = Math.min(...sorted.map((entry) => entry.time_ms))
  return sorted.map((entry) => ({
    position: entry.position,
    raceResultId: entry.race_result_id,
    timeMs: entry.time_ms,
    gapMs: entry.time_ms > fastest ? entry.time_ms - fastest : null,
    resolved: index.get(entry.race_result_id) ?? null,
  }))
}

export interface UnresolvedId {
  /** "round.fastest_lap_results[3].race_result_id" */
  path: string
  raceResultId: number
}

/** The ranking entries whose race_result_id matches no result of the round. */
export function unresolvedIds(file: LeagueRoundFile): UnresolvedId[] {
  const index = resultIndex(file)
  const found: UnresolvedId[] = []
  for (const kind of RANKING_KINDS) {
    file.round[kind]?.forEach((entry, position) => {
      if (!index.has(entry.race_result_id)) {
        found.push({
          path: `round.${kind}[${position}].race_result_id`,
          raceResultId: entry.race_result_id,
        })
      }
    })
  }
  return found
}
