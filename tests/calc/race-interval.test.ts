import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { raceIntervals } from '../../src/calc/race-interval.ts'
import { loadSessions, RACES, session } from '../fixtures/sample.ts'

// F1DB publishes each car's interval to the car ahead: the page computes the same thing from
// the gaps of the export. Compared row by row on real races.
const F1DB = resolve(import.meta.dirname, '../../../shared/realdata/f1db/src/data/seasons')

const CASES: Array<[keyof typeof RACES, string]> = [
  ['abuDhabi2023', '2023/races/22-abu-dhabi'],
  ['bahrain2023', '2023/races/01-bahrain'],
  ['brazil1989', '1989/races/01-brazil'],
]

describe('raceIntervals agrees with F1DB intervals', () => {
  for (const [race, folder] of CASES) {
    it(race, () => {
      const published = parse(readFileSync(`${F1DB}/${folder}/race-results.yml`, 'utf8')) as Array<{
        interval: string | null
        position: number | string
      }>
      const rows = session(loadSessions(RACES[race]), 'RACE').rows
      const computed = raceIntervals(rows)
      let compared = 0
      published.forEach((entry, index) => {
        if (typeof entry.position !== 'number' || entry.interval == null) return
        expect(computed[index], `row ${index + 1}`).toBe(entry.interval)
        compared += 1
      })
      expect(compared).toBeGreaterThanOrEqual(5)
    })
  }
})
