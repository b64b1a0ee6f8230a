import { describe, expect, it } from 'vitest'
import { gapToBest, isOutside107, pctOfBest, sessionBestMs } from '../../src/calc/gaps.ts'
import { totalLapsQ } from '../../src/calc/grid.ts'
import { sessionKind } from '../../src/calc/session-kinds.ts'
import { loadSessions, RACES, rowOf, session } from '../fixtures/sample.ts'

describe('computed gaps agree with the gaps F1DB publishes', () => {
  // Practice, warm-up and fastest-lap sessions carry F1DB's own gap text in `delta`: the
  // page's computed gap must say the same thing for every row of every sample race.
  for (const raceId of Object.values(RACES)) {
    it(`race ${raceId}`, () => {
      const file = loadSessions(raceId)
      let compared = 0
      const practice = file.sessions.some((s) => sessionKind(s.code) === 'practice')
      for (const s of file.sessions) {
        if (!['practice', 'warmup', 'fastest-lap'].includes(sessionKind(s.code))) continue
        const best = sessionBestMs(s.rows)
        for (const row of s.rows) {
          if (row.delta == null || row.best_lap_ms == null) continue
          expect(gapToBest(row.best_lap_ms, best), `${s.code} ${row.driver_name}`).toBe(row.delta)
          compared += 1
        }
      }
      // 1976 has no practice classification in F1DB; every other sample race does.
      if (practice) expect(compared).toBeGreaterThan(0)
    })
  }
})

describe('qualifying % and the 107 % rule', () => {
  it('Leclerc is at 100.17 % of pole in 2023 Abu Dhabi Q3', () => {
    const q3 = session(loadSessions(RACES.abuDhabi2023), 'Q3')
    const best = sessionBestMs(q3.rows)
    expect(best).toBe(83445)
    expect(pctOfBest(rowOf(q3, 'Charles Leclerc').best_lap_ms, best)).toBe(100.17)
    expect(gapToBest(rowOf(q3, 'Charles Leclerc').best_lap_ms, best)).toBe('+0.139')
    expect(gapToBest(83445, best)).toBeNull()
  })
  it('flags only laps slower than 107 %', () => {
    expect(isOutside107(107)).toBe(false)
    expect(isOutside107(107.01)).toBe(true)
    expect(isOutside107(null)).toBe(false)
  })
})

describe('total_laps_q', () => {
  it('sums Q1 and Q2 laps when the grid row does not carry it (1995 Brazil)', () => {
    const file = loadSessions(RACES.brazil1995)
    const grid = session(file, 'GRID')
    expect(totalLapsQ(rowOf(grid, 'Damon Hill'), file.sessions)).toBe(24) // 12 + 12
    expect(totalLapsQ(rowOf(grid, 'David Coulthard'), file.sessions)).toBe(21) // 10 + 11
  })
  it('reads it from the row when present (2023 Abu Dhabi: Verstappen ran 15 laps)', () => {
    const file = loadSessions(RACES.abuDhabi2023)
    expect(totalLapsQ(rowOf(session(file, 'GRID'), 'Max Verstappen'), file.sessions)).toBe(15)
  })
  it('is unknown, not zero, without any lap count (1989: F1DB has none)', () => {
    const file = loadSessions(RACES.brazil1989)
    const grid = session(file, 'GRID')
    const first = grid.rows[0]
    if (!first) throw new Error('fixture')
    expect(totalLapsQ(first, file.sessions)).toBeNull()
  })
})
