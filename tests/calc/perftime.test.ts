import { describe, expect, it } from 'vitest'
import { perfTimeFallback } from '../../src/calc/perftime.ts'
import { loadSessions, RACES } from '../fixtures/sample.ts'

describe('perfTimeFallback on 2023 Abu Dhabi (best laps over EL1–3, Q1–3, FL)', () => {
  const perf = perfTimeFallback(loadSessions(RACES.abuDhabi2023))

  it('finds the weekend best: Verstappen, 1:23.445 in Q3', () => {
    expect(perf.global_best).toMatchObject({ driver_name: 'Max Verstappen', best_ms: 83445 })
    expect(perf.best_times[0]).toMatchObject({
      driver_name: 'Max Verstappen',
      best_session: 'Q3',
      pct_vs_best: 100,
      rank: 1,
    })
  })

  it('ranks everyone who set a lap, with % of the best to 2 decimals', () => {
    expect(perf.best_times).toHaveLength(30) // 20 race drivers + 10 FP1 rookies
    expect(perf.best_times[1]).toMatchObject({
      driver_name: 'Charles Leclerc',
      best_ms: 83584,
      pct_vs_best: 100.17,
      rank: 2,
    })
    expect(perf.best_times[2]).toMatchObject({ driver_name: 'Oscar Piastri', pct_vs_best: 100.4 })
    const last = perf.best_times.at(-1)
    expect(last).toMatchObject({
      driver_name: 'Oliver Bearman',
      best_session: 'EL1',
      pct_vs_best: 104.94,
    })
  })

  it('never counts race totals or grid copies as laps', () => {
    for (const entry of perf.best_times) expect(['RACE', 'GRID']).not.toContain(entry.best_session)
  })

  it('gives tied laps the same rank', () => {
    const file = loadSessions(RACES.abuDhabi2023)
    const q3 = file.sessions.find((s) => s.code === 'Q3')
    const second = q3?.rows[1]
    if (!second || !q3?.rows[0]) throw new Error('fixture')
    second.best_lap_ms = q3.rows[0].best_lap_ms
    const tied = perfTimeFallback(file)
    expect(tied.best_times[0]?.rank).toBe(1)
    expect(tied.best_times[1]?.rank).toBe(1)
    expect(tied.best_times[2]?.rank).toBe(3)
  })
})
