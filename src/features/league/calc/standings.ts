import type { SeasonDivisionStanding, SeasonStandingDriver, SeasonStandingsFile } from './types.ts'

/**
 * Season standings as a matrix driver × round: points per round, total, position. The columns are
 * the same for every division (the union of the rounds the file names, plus rounds the caller
 * knows of that carry no points yet), so the division tables line up.
 */

export interface MatrixRound {
  roundId: number
  roundNumber: number
  name: string | null
  /** False for a round no driver has points for yet (scheduled, in progress). */
  counted: boolean
}

export interface MatrixRow {
  position: number
  driverId: number
  driverName: string
  /** Aligned with the matrix's rounds; null: the driver has no entry for that round. */
  points: Array<number | null>
  /** total_points as the file gives it. */
  total: number
  /** The sum of the round points. */
  sum: number
}

export interface StandingsMatrix {
  divisionId: number | null
  divisionName: string | null
  rounds: MatrixRound[]
  rows: MatrixRow[]
  /** JSON path of the drivers in the file: "standings" or "standings[1].drivers". */
  path: string
}

export interface KnownRound {
  id: number
  round_number: number
  name: string | null
}

function groupsOf(file: SeasonStandingsFile) {
  if (file.has_divisions) {
    return file.standings.map((block: SeasonDivisionStanding, index) => ({
      divisionId: block.division_id as number | null,
      divisionName: block.division_name as string | null,
      drivers: block.drivers,
      path: `standings[${index}].drivers`,
    }))
  }
  return [{ divisionId: null, divisionName: null, drivers: file.standings, path: 'standings' }]
}

/** Adds a list of numbers without the float drift of 0.1 + 0.2 (half points exist). */
export function sumPoints(values: ReadonlyArray<number | null>): number {
  const total = values.reduce<number>((sum, value) => sum + (value ?? 0), 0)
  return Math.round(total * 1000) / 1000
}

export function matrixRounds(
  file: SeasonStandingsFile,
  known: readonly KnownRound[] = [],
): MatrixRound[] {
  const rounds = new Map<number, MatrixRound>()
  for (const group of groupsOf(file)) {
    for (const driver of group.drivers) {
      for (const entry of driver.rounds) {
        if (!rounds.has(entry.round_id)) {
          rounds.set(entry.round_id, {
            roundId: entry.round_id,
            roundNumber: entry.round_number,
            name: null,
            counted: true,
          })
        }
      }
    }
  }
  for (const round of known) {
    const seen = rounds.get(round.id)
    if (seen) seen.name = round.name
    else {
      rounds.set(round.id, {
        roundId: round.id,
        roundNumber: round.round_number,
        name: round.name,
        counted: false,
      })
    }
  }
  return [...rounds.values()].sort((a, b) => a.roundNumber - b.roundNumber || a.roundId - b.roundId)
}

function matrixRow(driver: SeasonStandingDriver, rounds: readonly MatrixRound[]): MatrixRow {
  const byRound = new Map<number, number>()
  for (const entry of driver.rounds) {
    byRound.set(entry.round_id, sumPoints([byRound.get(entry.round_id) ?? 0, entry.points]))
  }
  const points = rounds.map((round) => byRound.get(round.roundId) ?? null)
  return {
    position: driver.position,
    driverId: driver.driver_id,
    driverName: driver.driver_name,
    points,
    total: driver.total_points,
    sum: sumPoints([...byRound.values()]),
  }
}

/** One matrix per division (one in all when the league has none), rows by position. */
export function standingsMatrices(
  file: SeasonStandingsFile,
  known: readonly KnownRound[] = [],
): StandingsMatrix[] {
  const rounds = matrixRounds(file, known)
  return groupsOf(file).map((group) => ({
    divisionId: group.divisionId,
    divisionName: group.divisionName,
    rounds,
    rows: group.drivers
      .map((driver) => matrixRow(driver, rounds))
      .sort((a, b) => a.position - b.position || b.total - a.total),
    path: group.path,
  }))
}
