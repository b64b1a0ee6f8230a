import { describe, expect, it } from 'vitest'
import { teammateHeadToHead } from '../../src/calc/teammates.ts'
import { loadSessions, RACES } from '../fixtures/sample.ts'

describe('teammateHeadToHead, 2023 Abu Dhabi', () => {
  const pairs = teammateHeadToHead(loadSessions(RACES.abuDhabi2023).sessions)
  it('pairs the ten teams, in race order of their best car', () => {
    expect(pairs).toHaveLength(10)
    expect(pairs[0]?.team).toBe('Red Bull')
    expect(pairs[0]?.a.driver_name).toBe('Max Verstappen')
    expect(pairs[0]?.b.driver_name).toBe('Sergio Pérez')
  })
  it('counts sessions where both have a position', () => {
    const redBull = pairs[0]
    if (!redBull) throw new Error('fixture')
    // Verstappen ahead in the race (1st vs 4th) and in Q3 (1st vs Pérez out in Q2).
    const race = redBull.sessions.find((s) => s.code === 'RACE')
    expect(race).toEqual({ code: 'RACE', a: 1, b: 4 })
    const scored = redBull.sessions.filter((s) => s.a != null && s.b != null).length
    expect(redBull.a.ahead + redBull.b.ahead).toBe(scored)
  })
})
