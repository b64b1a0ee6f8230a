import { describe, expect, it } from 'vitest'
import { withDisplayNames } from '../../src/calc/display-names.ts'
import { loadSessions, RACES, readPublicJson, session } from '../fixtures/sample.ts'

describe('withDisplayNames', () => {
  const file = loadSessions(RACES.abuDhabi2023)
  const names = readPublicJson('lookups/drivers.min.json') as Record<string, string>

  it('names every driver of the sample from drivers.min.json', () => {
    const named = withDisplayNames(file, names)
    for (const s of named.sessions) {
      for (const row of s.rows) expect(row.driver_name).toBe(names[String(row.driver_id)])
    }
  })

  it('the lookup wins over the row; a blank lookup name or none keeps the row', () => {
    const first = session(file, 'RACE').rows[0]
    if (!first) throw new Error('fixture')
    const renamed = withDisplayNames(file, { [String(first.driver_id)]: 'M. Verstappen' })
    expect(session(renamed, 'RACE').rows[0]?.driver_name).toBe('M. Verstappen')
    expect(session(renamed, 'RACE').rows[1]?.driver_name).toBe('Charles Leclerc')
    const blank = withDisplayNames(file, { [String(first.driver_id)]: '  ' })
    expect(session(blank, 'RACE').rows[0]?.driver_name).toBe('Max Verstappen')
    expect(withDisplayNames(file, null)).toBe(file)
  })
})
