import { describe, expect, it } from 'vitest'
import {
  checkRoundPoints,
  checkSeasonStandings,
  expectedTotal,
  inferPointsMode,
} from '../../src/features/league/calc/points.ts'
import { rankRound, scoreResult } from '../../src/features/league/calc/scoring.ts'
import type { SeasonStandingsFile } from '../../src/features/league/calc/types.ts'
import { dividedRound, dividedSeason, JANE, JOHN, JOHN_PRO_SEASON } from './league-fixture.ts'

describe('round totals by points mode (seed 003 round_results)', () => {
  it('round points mode: 25 + 1 + 1 = 27', () => {
    expect(expectedTotal(JOHN, 'round')).toBe(27)
  })
  it('race points mode: total = race_points (50)', () => {
    expect(expectedTotal(JOHN, 'race')).toBe(50)
  })
  it('takes the mode from rounds.round_points, else from the round points present', () => {
    expect(inferPointsMode(undefined, [JOHN, JANE])).toBe('round')
    expect(inferPointsMode(undefined, [{ ...JOHN, round_points: 0 }])).toBe('race')
    expect(inferPointsMode(undefined, [{ ...JOHN, round_points: null }])).toBe('race')
    expect(inferPointsMode(false, [JOHN])).toBe('race')
  })
})

describe('checkRoundPoints', () => {
  it('finds nothing in a consistent round', () => {
    expect(checkRoundPoints(dividedRound())).toEqual([])
  })
  it('flags a total that breaks the round points formula, at its path', () => {
    const file = dividedRound()
    const standings = file.round.round_results?.standings as Array<{ results: (typeof JOHN)[] }>
    const bob = standings[1]?.results[0]
    if (!bob) throw new Error('fixture')
    bob.total_points = 25
    const warnings = checkRoundPoints(file)
    expect(warnings.map((w) => [w.path, w.code])).toEqual([
      ['round.round_results.standings[1].results[0].total_points', 'total-mismatch'],
    ])
    expect(warnings[0]?.values).toMatchObject({ actual: 25, expected: 26, mode: 'round' })
    expect(warnings[0]?.message).toContain(
      'round_points 25 + fastest_lap_points 1 + pole_position_points 0 = 26',
    )
  })
  it('flags race_points that are not the sum of the races', () => {
    const file = dividedRound()
    const feature = file.race_events[1]?.results[0]
    if (!feature) throw new Error('fixture')
    feature.race_points = 48
    const [warning] = checkRoundPoints(file)
    expect(warning?.code).toBe('race-points-sum')
    expect(warning?.path).toBe('round.round_results.standings[0].results[0].race_points')
    expect(warning?.values).toMatchObject({ actual: 50, expected: 49 })
  })
  it('flags positions with a gap, in the flat shape too', () => {
    const file = dividedRound()
    file.round.round_results = { standings: [JOHN, { ...JANE, position: 3 }] }
    file.race_events = []
    const warnings = checkRoundPoints(file)
    expect(warnings.map((w) => [w.path, w.code])).toEqual([
      ['round.round_results.standings', 'positions'],
    ])
  })
})

describe('checkSeasonStandings', () => {
  const file: SeasonStandingsFile = dividedSeason([JOHN_PRO_SEASON])
  it("flags the seed example's divided total (127 ≠ 50 + 52)", () => {
    const warnings = checkSeasonStandings(file)
    expect(warnings.map((w) => [w.path, w.code])).toEqual([
      ['standings[0].drivers[0].total_points', 'season-total'],
    ])
    expect(warnings[0]?.values).toMatchObject({ actual: 127, expected: 102 })
  })
})

const RACE = {
  race_points: true,
  points_system: [25, 18, 15, 12, 10, 8, 6, 4, 2, 1],
  fastest_lap: 1,
  fastest_lap_top_10: true,
  qualifying_pole: 1,
  qualifying_pole_top_10: false,
  dnf_points: 1,
  dns_points: 0,
}
const base = { position: 1, dnf: false, dns: false, has_fastest_lap: false, has_pole: false }

describe('the points rules the sample generator applies', () => {
  it('scores positions by points_system, plus the fastest-lap bonus inside the top 10', () => {
    expect(scoreResult(base, RACE, false).points).toBe(25)
    expect(scoreResult({ ...base, has_fastest_lap: true }, RACE, false)).toEqual({
      points: 26,
      fastestLapBonus: 1,
      poleBonus: 0,
    })
    expect(scoreResult({ ...base, position: 11, has_fastest_lap: true }, RACE, false).points).toBe(
      0,
    )
    const anywhere = { ...RACE, fastest_lap_top_10: false }
    expect(
      scoreResult({ ...base, position: 11, has_fastest_lap: true }, anywhere, false).points,
    ).toBe(1)
  })
  it('gives DNF and DNS their own points, a DNF never the top-10 bonus', () => {
    expect(
      scoreResult({ ...base, position: 4, dnf: true, has_fastest_lap: true }, RACE, false).points,
    ).toBe(1)
    expect(scoreResult({ ...base, position: null, dns: true }, RACE, false).points).toBe(0)
  })
  it('gives the pole bonus in a qualifier only, and no position points when the race awards none', () => {
    const qualifier = { ...RACE, race_points: false }
    expect(scoreResult({ ...base, has_pole: true }, qualifier, true).points).toBe(1)
    expect(scoreResult({ ...base, has_pole: true }, RACE, false).points).toBe(25)
  })
  it('ranks a round in round points mode: 25 + 1 + 1 = 27 for two race wins, pole and fastest lap', () => {
    const tally = {
      fastest_lap_bonuses: 0,
      pole_bonuses: 0,
      positions_gained: 5,
      round_fastest_lap: false,
      round_pole: false,
    }
    const rows = rankRound(
      [
        { ...tally, driver_id: 43, driver_name: 'Jane Smith', race_points: 43, best_finish: 2 },
        {
          ...tally,
          driver_id: 42,
          driver_name: 'John Doe',
          race_points: 50,
          best_finish: 1,
          round_fastest_lap: true,
          round_pole: true,
        },
      ],
      { ...RACE, round_points: true },
    )
    expect(rows[0]).toMatchObject({ driver_name: 'John Doe', round_points: 25, total_points: 27 })
    expect(rows[1]).toMatchObject({ driver_name: 'Jane Smith', round_points: 18, total_points: 18 })
    const raceMode = rankRound(
      rows
        .map(() => ({ ...tally, driver_id: 42, driver_name: 'J', race_points: 50, best_finish: 1 }))
        .slice(0, 1),
      { ...RACE, round_points: false },
    )
    expect(raceMode[0]).toMatchObject({ round_points: 0, total_points: 50 })
  })
})
