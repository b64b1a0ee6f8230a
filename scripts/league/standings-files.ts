import { sumPoints } from '../../src/features/league/calc/standings.ts'
import type {
  RoundStandingRow,
  SeasonStandingDriver,
} from '../../src/features/league/calc/types.ts'
import type { LeagueSpec, RoundSpec } from './league-spec.ts'
import { divisionOf } from './roster.ts'

/** Each driver's season so far, by driver id, in the order they first scored. */
export type Season = Map<number, SeasonStandingDriver>

/** Adds a completed round's standings rows to the drivers' seasons. */
export function addRoundToSeason(
  season: Season,
  round: RoundSpec,
  rows: readonly RoundStandingRow[],
): void {
  for (const row of rows) {
    const driver = season.get(row.driver_id) ?? {
      position: 0,
      driver_id: row.driver_id,
      driver_name: row.driver_name,
      total_points: 0,
      rounds: [],
    }
    driver.rounds.push({ round_id: round.id, round_number: round.number, points: row.total_points })
    // The same sum the validator checks the total against (checkSeasonStandings).
    driver.total_points = sumPoints(driver.rounds.map((entry) => entry.points))
    season.set(row.driver_id, driver)
  }
}

/** Positions by points, ties to the lower driver id (the seed names no other tie-break). */
function ranked(drivers: SeasonStandingDriver[]): SeasonStandingDriver[] {
  return drivers
    .sort((a, b) => b.total_points - a.total_points || a.driver_id - b.driver_id)
    .map((d, index) => ({ ...d, position: index + 1 }))
}

/**
 * GET /api/seasons/{id}/standings as the API answers it, envelope included: one table per
 * division, or one for a league without divisions.
 */
export function standingsFile(league: LeagueSpec, season: Season): [string, unknown] {
  const all = [...season.values()]
  const data = league.divisions.length
    ? {
        standings: league.divisions.map((division) => ({
          division_id: division.id,
          division_name: division.name,
          drivers: ranked(all.filter((d) => divisionOf(league, d.driver_id) === division.id)),
        })),
        has_divisions: true,
      }
    : { standings: ranked(all), has_divisions: false }
  return [
    `${league.id}/seasons/${league.seasonId}/standings.json`,
    { message: 'Success', data, status: 200 },
  ]
}
