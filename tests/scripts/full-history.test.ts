import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { prepareFullHistoryRun } from '../../scripts/full-history/prepare.ts'
import { driverId } from '../../scripts/import/driver-id.ts'
import { type ValidateRun, validateFolder } from '../../scripts/validate.ts'

// The whole F1DB history (1,172 races) imported once into .full-history/ (reused when the stamp
// says the archive and the importer are unchanged), then validated in-process.
let exports = ''
let importSeconds: number | null = null
let validation: ValidateRun
const json = (path: string) => JSON.parse(readFileSync(join(exports, path), 'utf8'))
type Row = { driver_id: number; position: number | null; points?: number; shared_car?: true }
const raceRows = (race: number): Row[] =>
  json(`races/${race}/sessions.json`).sessions.find((s: { code: string }) => s.code === 'RACE').rows

beforeAll(async () => {
  const started = performance.now()
  const run = await prepareFullHistoryRun()
  if (run.imported) {
    importSeconds = (performance.now() - started) / 1000
    expect(run.imported.races).toBe(1172)
    expect(run.imported.seasons).toBe(77)
  }
  exports = run.exports
  validation = validateFolder(exports)
}, 240_000)

describe('the whole F1DB history', () => {
  it('imports 1,172 races of 77 seasons, listed in races/index.json', () => {
    const races: Array<{ year: number }> = json('races/index.json').races
    expect(races).toHaveLength(1172)
    expect(new Set(races.map((race) => race.year)).size).toBe(77)
    if (importSeconds !== null) expect(importSeconds).toBeLessThan(120)
  })

  it('validates with 0 errors and 0 warnings: every historical pattern is a note', () => {
    const { problems, notes } = validation.report
    expect(problems).toEqual([])
    expect(notes.length).toBeGreaterThan(50)
    const said = (file: string) => notes.filter((n) => n.file === file).map((n) => n.message)
    // 1983 Belgium Q2: F1DB numbers Prost 9 after Alboreto 7; his time ranks him 8.
    expect(said('races/379/sessions.json')).toContainEqual(
      expect.stringMatching(/^numbered 9 by F1DB, but its time ranks it 8/),
    )
    // 2025 Spain: Stroll did not start; Bearman took his 14th grid slot.
    expect(said('races/1134/sessions.json')).toContainEqual(
      expect.stringMatching(/^slot of a car that did not start: position 14/),
    )
    // 1987 Austria: Streiff out on lap 0, ranked 25 at his grid slot.
    expect(said('races/446/sessions.json')).toContainEqual(
      expect.stringMatching(/^out on lap 0, ranked 25 at its grid slot/),
    )
  })

  it('1951 French GP (race 11): Fagioli and Fangio shared the winning car, points split', () => {
    const rows = raceRows(11)
    const fagioli = rows.find((row) => row.driver_id === driverId('luigi-fagioli'))
    const fangio = rows.find((row) => row.driver_id === driverId('juan-manuel-fangio'))
    expect(fagioli).toMatchObject({ position: 1, points: 4 })
    expect(fagioli?.shared_car).toBeUndefined()
    expect(fangio).toMatchObject({ position: 1, points: 5, shared_car: true })
    const note = validation.report.notes.find((n) => n.file === 'races/11/sessions.json')
    expect(note?.message).toMatch(/^shared car: position 1/)
  })

  it('1984: Tyrrell excluded from the constructors; 1997: Schumacher from the drivers', () => {
    const tyrrell = json('seasons/1984/championship.json').constructors.at(-1)
    expect(tyrrell).toMatchObject({ constructor: 'Tyrrell', excluded: true, points: 0 })
    const schumacher = json('seasons/1997/championship.json').drivers.at(-1)
    expect(schumacher).toMatchObject({
      driver_name: 'Michael Schumacher',
      excluded: true,
      points: 78,
    })
  })

  it('1952: the drivers championship without a constructors one', () => {
    const file = json('seasons/1952/championship.json')
    expect(file.constructors).toEqual([])
    expect(file.drivers[0]).toMatchObject({ rank: 1, driver_name: 'Alberto Ascari' })
  })

  it('2026 Abu Dhabi (race 1172), not run yet: what is known, marked scheduled', () => {
    const file = json('races/1172/sessions.json')
    expect(file.meta).toMatchObject({ status: 'scheduled', date: '2026-12-06', laps_total: 58 })
    expect(file.sessions).toEqual([])
    const entry = json('races/index.json').races.find(
      (r: { race_id: number }) => r.race_id === 1172,
    )
    expect(entry).toMatchObject({ scheduled: true, circuit: 'Yas Marina' })
    const round = json('seasons/2026/rounds.json').rounds.at(-1)
    expect(round).toMatchObject({ race_id: 1172, results: [] })
    expect(round.standings_after).toEqual({ drivers: [], constructors: [] })
  })

  it('the European GP takes its country from the circuit (1984: Nürburgring, Germany)', () => {
    const races = json('races/index.json').races
    const europe = races.find(
      (r: { year: number; gp_name: string }) =>
        r.year === 1984 && r.gp_name === 'European Grand Prix',
    )
    expect(europe).toMatchObject({ country: 'Germany' })
  })
})
