import type { Driver, LeagueSpec, Random } from './league-spec.ts'

/**
 * A division's drivers, ids from firstId: each a little slower than the one listed before, plus
 * some luck, so the results read like a field rather than a procession in list order.
 */
export function roster(
  names: readonly string[],
  firstId: number,
  divisionId: number | null,
  basePace: number,
  rand: Random,
): Driver[] {
  return names.map<Driver>((name, index) => ({
    id: firstId + index,
    name,
    divisionId,
    pace: basePace + index * 140 + Math.round(rand() * 300),
  }))
}

/** The fields that race separately: one per division, or [null] for a league without any. */
export function divisionIds(league: LeagueSpec): Array<number | null> {
  return league.divisions.length ? league.divisions.map((d) => d.id) : [null]
}

/** undefined for a driver the league does not know (so they match no division). */
export function divisionOf(league: LeagueSpec, driverId: number): number | null | undefined {
  return league.drivers.find((d) => d.id === driverId)?.divisionId
}
