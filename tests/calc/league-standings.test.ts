import { describe, expect, it } from 'vitest'
import {
  matrixRounds,
  standingsMatrices,
  sumPoints,
} from '../../src/features/league/calc/standings.ts'
import type { SeasonStandingsFile } from '../../src/features/league/calc/types.ts'
import { dividedSeason, seasonDriver } from './league-fixture.ts'

// Round ids are 100 + the round number: round 3 is id 103.
const driver = (id: number, name: string, position: number, points: Array<[number, number]>) =>
  seasonDriver(id, name, position, points, { roundIdOffset: 100 })

describe('standings matrix', () => {
  it('lays out the seed example without divisions: 50 + 52 + 25 = 127', () => {
    const file: SeasonStandingsFile = {
      has_divisions: false,
      standings: [
        driver(42, 'John Doe', 1, [
          [1, 50],
          [2, 52],
          [3, 25],
        ]),
      ],
    }
    const [matrix] = standingsMatrices(file)
    expect(matrix?.rounds.map((round) => round.roundNumber)).toEqual([1, 2, 3])
    expect(matrix?.rows[0]).toMatchObject({ points: [50, 52, 25], total: 127, sum: 127 })
  })
  it('gives every division the same round columns, "no entry" as null', () => {
    const file: SeasonStandingsFile = dividedSeason(
      [
        driver(42, 'John Doe', 1, [
          [1, 50],
          [2, 52],
        ]),
      ],
      [
        driver(51, 'Late Joiner', 2, [[2, 18]]),
        driver(50, 'Bob Wilson', 1, [
          [1, 36],
          [2, 43],
        ]),
      ],
    )
    const matrices = standingsMatrices(file, [{ id: 103, round_number: 3, name: 'Monza' }])
    expect(matrices.map((m) => m.divisionName)).toEqual(['Pro', 'Am'])
    const am = matrices[1]
    expect(am?.rounds.map((r) => [r.roundNumber, r.counted])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ])
    expect(am?.rows.map((row) => [row.driverName, row.points, row.total])).toEqual([
      ['Bob Wilson', [36, 43, null], 79],
      ['Late Joiner', [null, 18, null], 18],
    ])
    expect(am?.path).toBe('standings[1].drivers')
  })
  it('keeps the file total and the computed sum apart when they differ', () => {
    const file: SeasonStandingsFile = {
      has_divisions: false,
      standings: [
        {
          ...driver(42, 'John Doe', 1, [
            [1, 50],
            [2, 52],
          ]),
          total_points: 127,
        },
      ],
    }
    expect(standingsMatrices(file)[0]?.rows[0]).toMatchObject({ total: 127, sum: 102 })
  })
  it('adds half points without float drift', () => {
    expect(sumPoints([0.1, 0.2, null, 12.5])).toBe(12.8)
    expect(matrixRounds({ has_divisions: false, standings: [] })).toEqual([])
  })
})
