import { describe, expect, it } from 'vitest'
import { perfTimeFallback } from '../../src/calc/perftime.ts'
import { resumeFallback, retirementFlags } from '../../src/calc/resume.ts'
import { loadSessions, RACES, rowOf, session } from '../fixtures/sample.ts'

describe('resumeFallback on 2023 Abu Dhabi', () => {
  const file = loadSessions(RACES.abuDhabi2023)
  const resume = resumeFallback(file, perfTimeFallback(file))
  const byName = (name: string) => {
    const row = resume.rows.find((candidate) => candidate.driver_name === name)
    if (!row) throw new Error(name)
    return row
  }

  it('starts with the race classification', () => {
    expect(resume.rows.slice(0, 3).map((row) => row.driver_name)).toEqual([
      'Max Verstappen',
      'Charles Leclerc',
      'George Russell',
    ])
  })

  it('gives positions and % per session and the PerfTime', () => {
    const leclerc = byName('Charles Leclerc')
    expect(leclerc.positions.q3).toBe(2)
    expect(leclerc.pcts.q3).toBe(100.17)
    expect(leclerc.pos_race).toBe(2)
    expect(leclerc.perf_pos).toBe(2)
    expect(leclerc.perf_pct).toBe(100.17)
    expect(leclerc.laps_total).toBe(58)
  })

  it('reads retirements from the race status: Sainz (Engine) is a mechanical one', () => {
    expect(byName('Carlos Sainz Jr.')).toMatchObject({ pos_race: 18, ab_mec: 1, ab_pil: 0 })
    expect(byName('Max Verstappen')).toMatchObject({ ab_mec: 0, ab_pil: 0 })
  })

  it('leaves the lap-chart figures unknown rather than guessing', () => {
    for (const row of resume.rows) {
      expect(row.laps_top1).toBeNull()
      expect(row.lead_laps).toBeNull()
      expect(row.lead_km).toBeNull()
    }
  })

  it('lists FP1-only drivers after the race entrants, with no race data', () => {
    const rookie = byName('Oliver Bearman')
    expect(rookie.pos_race).toBeNull()
    expect(rookie.ab_mec).toBeNull()
    expect(resume.rows.indexOf(rookie)).toBeGreaterThanOrEqual(20)
  })
})

describe('retirementFlags', () => {
  const race = session(loadSessions(RACES.abuDhabi2023), 'RACE')
  it('unknown when there is no race row', () => {
    expect(retirementFlags(undefined)).toEqual({ ab_mec: null, ab_pil: null })
  })
  it('driver error for a spin or accident', () => {
    const row = { ...rowOf(race, 'Max Verstappen'), status: 'ab', delta: 'Spun off' }
    expect(retirementFlags(row)).toEqual({ ab_mec: 0, ab_pil: 1 })
  })
  it('no guess for a reason that is neither', () => {
    const row = { ...rowOf(race, 'Max Verstappen'), status: 'ab', delta: 'Withdrew' }
    expect(retirementFlags(row)).toEqual({ ab_mec: null, ab_pil: null })
  })
})
