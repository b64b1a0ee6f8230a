import { describe, expect, it } from 'vitest'
import {
  resolveRanking,
  resultIndex,
  unresolvedIds,
} from '../../src/features/league/calc/rankings.ts'
import { dividedRound } from './league-fixture.ts'

describe('cross-division rankings', () => {
  it('resolves race_result_id to the driver and division, and marks an unknown id', () => {
    const file = dividedRound()
    const rows = resolveRanking(file.round.qualifying_results, resultIndex(file))
    expect(
      rows.map((row) => [
        row.position,
        row.resolved?.driverName ?? null,
        row.resolved?.divisionName ?? null,
        row.gapMs,
      ]),
    ).toEqual([
      [1, 'John Doe', 'Pro', null],
      [2, 'Bob Wilson', 'Am', 333],
      [3, null, null, 666],
    ])
    expect(rows[2]?.raceResultId).toBe(999)
    expect(rows[0]?.resolved?.event).toMatchObject({ id: 4, is_qualifier: true })
  })
  it('names a driver without driver info from the round standings', () => {
    const file = dividedRound()
    const bob = resultIndex(file).get(131)
    expect(bob?.driverName).toBe('Bob Wilson')
    expect(bob?.event.name).toBe('Feature')
  })
  it('lists the unresolved ids with their paths', () => {
    expect(unresolvedIds(dividedRound())).toEqual([
      { path: 'round.qualifying_results[2].race_result_id', raceResultId: 999 },
    ])
  })
  it('orders by position and keeps an empty or missing ranking empty', () => {
    const file = dividedRound()
    const index = resultIndex(file)
    expect(resolveRanking(null, index)).toEqual([])
    expect(resolveRanking([], index)).toEqual([])
    const shuffled = [...(file.round.qualifying_results ?? [])].reverse()
    expect(resolveRanking(shuffled, index).map((row) => row.position)).toEqual([1, 2, 3])
  })
})
