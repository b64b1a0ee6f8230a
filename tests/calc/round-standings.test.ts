import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { type RoundsFile, standingsAfterRace } from '../../src/calc/round-standings.ts'
import { loadSessions, readPublicJson, session } from '../fixtures/sample.ts'

// The standings after 2023 Monaco (round 6) and their change since round 5 (Miami),
// checked against F1DB's driver-standings.yml of both rounds.
const F1DB = resolve(import.meta.dirname, '../../../shared/realdata/f1db/src/data/seasons/2023')
type Standing = { position: number; driverId: string; points: number }
const yaml = <T>(path: string): T => parse(readFileSync(`${F1DB}/${path}`, 'utf8')) as T

describe('standingsAfterRace (rounds.json)', () => {
  const file = readPublicJson('seasons/2023/rounds.json') as RoundsFile
  const after = standingsAfterRace(file, 1085)

  it('2023 Monaco is round 6 and Verstappen leads on 144, as F1DB says', () => {
    const f1db = yaml<Standing[]>('races/06-monaco/driver-standings.yml')
    expect(after?.round).toBe(6)
    expect(after?.drivers.map((d) => d.points)).toEqual(f1db.map((s) => s.points))
    expect(after?.drivers[0]).toMatchObject({ driver_name: 'Max Verstappen', points: 144 })
  })

  it('rank and points change since round 5 agree with F1DB', () => {
    const now = yaml<Standing[]>('races/06-monaco/driver-standings.yml')
    const before = yaml<Standing[]>('races/05-miami/driver-standings.yml')
    // F1DB names drivers by slug, the export by id: race-results.yml and the RACE rows of
    // Monaco list the same drivers in the same order.
    const results = yaml<Array<{ driverId: string }>>('races/06-monaco/race-results.yml')
    const rows = session(loadSessions('1085'), 'RACE').rows
    const slug = new Map(results.map((entry, index) => [rows[index]?.driver_id, entry.driverId]))
    let compared = 0
    for (const driver of after?.drivers ?? []) {
      const id = slug.get(driver.driver_id)
      const was = before.find((s) => s.driverId === id)
      const is = now.find((s) => s.driverId === id)
      if (!was || !is) continue
      expect(driver.rankChange, driver.driver_name).toBe(was.position - is.position)
      expect(driver.pointsGained, driver.driver_name).toBe(is.points - was.points)
      compared += 1
    }
    expect(compared).toBeGreaterThan(15)
  })

  it('round 1 has no change to show; a race not in the file has no standings', () => {
    const first = standingsAfterRace(file, file.rounds[0]?.race_id ?? -1)
    expect(first?.drivers[0]?.rankChange).toBeNull()
    expect(first?.drivers[0]?.pointsGained).toBe(first?.drivers[0]?.points)
    expect(standingsAfterRace(file, 999999)).toBeNull()
  })
})
