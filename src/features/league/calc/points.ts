import { roundStandingGroups } from './round.ts'
import { standingsMatrices, sumPoints } from './standings.ts'
import type { LeagueRoundFile, RoundStandingRow, SeasonStandingsFile } from './types.ts'

/**
 * Points consistency of a round and of a season (seed 003, round_results field descriptions).
 * Nothing here corrects a file: each finding is a warning with the JSON path it concerns.
 */

/** race: total = race_points. round: total = round_points + fastest_lap_points + pole_position_points. */
export type PointsMode = 'race' | 'round'

export type LeagueWarningCode =
  | 'total-mismatch'
  | 'race-points-sum'
  | 'positions'
  | 'season-total'
  | 'season-order'
  | 'time-format'
  | 'unresolved-result'
  | 'file-name'

export interface LeagueWarning {
  /** JSON path in the file, e.g. "round.round_results.standings[0].total_points". */
  path: string
  code: LeagueWarningCode
  /** English, for the validator's output; the page words its own from code and values. */
  message: string
  values: Record<string, string | number>
}

/**
 * The round's mode: rounds.round_points when the file carries it; otherwise round points mode
 * when any driver has round points (race points mode leaves them at 0 or out).
 */
export function inferPointsMode(
  explicit: boolean | undefined,
  rows: readonly RoundStandingRow[],
): PointsMode {
  if (explicit !== undefined) return explicit ? 'round' : 'race'
  return rows.some((row) => (row.round_points ?? 0) !== 0) ? 'round' : 'race'
}

/** 25 + 1 + 1 = 27 in round points mode; race_points (50) in race points mode. */
export function expectedTotal(row: RoundStandingRow, mode: PointsMode): number {
  if (mode === 'race') return row.race_points
  return sumPoints([row.round_points, row.fastest_lap_points, row.pole_position_points])
}

function totalMessage(row: RoundStandingRow, mode: PointsMode, expected: number): string {
  const formula =
    mode === 'race'
      ? `race_points ${row.race_points} (race points mode)`
      : `round_points ${row.round_points ?? 0} + fastest_lap_points ${row.fastest_lap_points} + pole_position_points ${row.pole_position_points} = ${expected} (round points mode)`
  return `${row.driver_name}: total_points ${row.total_points} should be ${formula}`
}

/** total_points by the round's mode, race_points against the races, positions 1…n. */
export function checkRoundPoints(file: LeagueRoundFile): LeagueWarning[] {
  const warnings: LeagueWarning[] = []
  const groups = roundStandingGroups(file.round.round_results)
  const mode = inferPointsMode(
    file.round.round_points,
    groups.flatMap((group) => group.rows),
  )
  const racePoints = new Map<number, number[]>()
  for (const event of file.race_events) {
    for (const result of event.results) {
      const list = racePoints.get(result.driver_id) ?? []
      list.push(result.race_points)
      racePoints.set(result.driver_id, list)
    }
  }
  for (const group of groups) {
    group.rows.forEach((row, index) => {
      const at = `${group.path}[${index}]`
      const expected = expectedTotal(row, mode)
      if (row.total_points !== expected) {
        warnings.push({
          path: `${at}.total_points`,
          code: 'total-mismatch',
          message: totalMessage(row, mode, expected),
          values: { driver: row.driver_name, actual: row.total_points, expected, mode },
        })
      }
      const races = racePoints.get(row.driver_id)
      const sum = races ? sumPoints(races) : null
      if (sum != null && sum !== row.race_points) {
        warnings.push({
          path: `${at}.race_points`,
          code: 'race-points-sum',
          message: `${row.driver_name}: race_points ${row.race_points} but the races of the round give ${sum}`,
          values: { driver: row.driver_name, actual: row.race_points, expected: sum },
        })
      }
    })
    warnings.push(...positionWarnings(group.rows, group.path))
  }
  return warnings
}

function positionWarnings(
  rows: ReadonlyArray<{ position: number }>,
  path: string,
): LeagueWarning[] {
  const positions = rows.map((row) => row.position).sort((a, b) => a - b)
  const broken = positions.findIndex((position, index) => position !== index + 1)
  if (broken < 0) return []
  return [
    {
      path,
      code: 'positions',
      message: `positions should run 1 to ${rows.length} without gaps or repeats, found ${positions.join(', ')}`,
      values: { found: positions.join(', '), count: rows.length },
    },
  ]
}

/** Each driver's total against the sum of their rounds; positions 1…n in order of points. */
export function checkSeasonStandings(file: SeasonStandingsFile): LeagueWarning[] {
  const warnings: LeagueWarning[] = []
  for (const matrix of standingsMatrices(file)) {
    const drivers = file.has_divisions
      ? (file.standings.find((block) => block.division_id === matrix.divisionId)?.drivers ?? [])
      : file.standings
    drivers.forEach((driver, index) => {
      const sum = sumPoints(driver.rounds.map((entry) => entry.points))
      if (sum !== driver.total_points) {
        warnings.push({
          path: `${matrix.path}[${index}].total_points`,
          code: 'season-total',
          message: `${driver.driver_name}: total_points ${driver.total_points} but the rounds add up to ${sum}`,
          values: { driver: driver.driver_name, actual: driver.total_points, expected: sum },
        })
      }
    })
    warnings.push(...positionWarnings(drivers, matrix.path))
    const byPosition = [...drivers].sort((a, b) => a.position - b.position)
    byPosition.forEach((driver, index) => {
      const ahead = byPosition[index - 1]
      if (ahead && ahead.total_points < driver.total_points) {
        warnings.push({
          path: `${matrix.path}[${drivers.indexOf(driver)}].position`,
          code: 'season-order',
          message: `${driver.driver_name} (P${driver.position}, ${driver.total_points} pts) has more points than ${ahead.driver_name} (P${ahead.position}, ${ahead.total_points} pts)`,
          values: { driver: driver.driver_name, ahead: ahead.driver_name },
        })
      }
    })
  }
  return warnings
}
