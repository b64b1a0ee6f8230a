import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { driverId } from '../../scripts/import/driver-id.ts'
import { type ImportResult, importF1db } from '../../scripts/import/import-races.ts'
import { REPO_ROOT } from './paths.ts'
import { DATA_OPTIONS } from './real-data.ts'

// The importer on the real data (../shared/realdata), in-process, into a temp folder, once.
let out = ''
let result: ImportResult
const json = (path: string) => JSON.parse(readFileSync(join(out, path), 'utf8'))
type Row = Record<string, unknown> & { driver_name: string }
const codes = (race: number): string[] =>
  json(`races/${race}/sessions.json`).sessions.map((s: { code: string }) => s.code)
const rows = (race: number, code: string): Row[] =>
  json(`races/${race}/sessions.json`).sessions.find((s: { code: string }) => s.code === code).rows
const named = (list: Row[], name: string) => list.find((row) => row.driver_name === name)
const VERSTAPPEN = String(driverId('max-verstappen'))

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'gp-import-'))
  result = importF1db({ ...DATA_OPTIONS, out })
})
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('import-f1db on the real data: 2023 Abu Dhabi (race 1101)', () => {
  it('writes the meta of seed 000 from race.yml and the circuit / Grand Prix / country', () => {
    expect(json('races/1101/sessions.json').meta).toEqual({
      race_id: 1101,
      year: 2023,
      round: 22,
      circuit: 'Yas Marina',
      country: 'United Arab Emirates',
      gp_name: 'Abu Dhabi Grand Prix',
      date: '2023-11-26',
      laps_total: 58,
      weather: null,
    })
    expect(codes(1101)).toEqual(['EL1', 'EL2', 'EL3', 'Q1', 'Q2', 'Q3', 'GRID', 'RACE', 'FL'])
  })

  it('RACE: the winner with his race time, a late retirement classified with status ab', () => {
    const race = rows(1101, 'RACE')
    expect(race[0]).toEqual({
      driver_id: Number(VERSTAPPEN),
      driver_name: 'Max Verstappen',
      team: 'Red Bull',
      engine: 'Honda RBPT',
      position: 1,
      best_lap_time_raw: '1:27:02.624',
      best_lap_ms: 5222624,
      laps: 58,
      lap_release: null,
      delta: null,
      status: null,
      source_name: 'F1DB race-results.yml',
      points: 26,
      grid: 1,
    })
    expect(named(race, 'Charles Leclerc')).toMatchObject({ position: 2, delta: '+17.993' })
    expect(named(race, 'Carlos Sainz Jr.')).toMatchObject({
      position: 18,
      status: 'ab',
      delta: 'Engine',
      laps: 57,
      best_lap_time_raw: null,
      best_lap_ms: null,
    })
  })

  it('v3.3 RACE fields: points, grid, time penalty as F1DB has them', () => {
    const race = rows(1101, 'RACE')
    expect(named(race, 'Sergio Pérez')).toMatchObject({ grid: 9, time_penalty: '5.000' })
    expect(named(race, 'George Russell')).toMatchObject({ grid: 4 })
    expect(named(race, 'Max Verstappen')?.time_penalty).toBeUndefined()
    expect(race.every((row) => typeof row.points === 'number' && row.points >= 0)).toBe(true)
    expect(race.reduce((sum, row) => sum + Number(row.points), 0)).toBe(102)
  })

  it('v3.3 rounds.json: Monaco (round 6, race 1085), Verstappen 144 points after it', () => {
    const round = json('seasons/2023/rounds.json').rounds[5]
    expect(round).toMatchObject({ round: 6, race_id: 1085, gp_name: 'Monaco Grand Prix' })
    expect(round.standings_after.drivers[0]).toMatchObject({
      rank: 1,
      driver_name: 'Max Verstappen',
      points: 144,
    })
    expect(round.results[0]).toMatchObject({ driver_name: 'Max Verstappen', points: 25 })
  })

  // README's checked figures: #1 Verstappen 52, #22 Tsunoda 5, #16 Leclerc 1 (58 laps).
  it('v3.3 laps.json: laps led in Abu Dhabi from the running order, 52 / 5 / 1', () => {
    const { laps } = json('races/1101/laps.json')
    expect(laps).toHaveLength(59)
    expect(laps[0].order[0]).toBe(Number(VERSTAPPEN))
    const led = new Map<number, number>()
    for (const lap of laps.slice(1)) led.set(lap.order[0], (led.get(lap.order[0]) ?? 0) + 1)
    expect(led).toEqual(
      new Map([
        [Number(VERSTAPPEN), 52],
        [driverId('yuki-tsunoda'), 5],
        [driverId('charles-leclerc'), 1],
      ]),
    )
  })

  it('FL keeps the lap of the fastest lap; GRID the qualifying laps', () => {
    expect(rows(1101, 'FL')[0]).toMatchObject({
      driver_name: 'Max Verstappen',
      lap_release: 45,
      best_lap_time_raw: '1:26.993',
      best_lap_ms: 86993,
    })
    expect(rows(1101, 'GRID')[0]).toMatchObject({
      driver_name: 'Max Verstappen',
      position: 1,
      best_lap_time_raw: '1:23.445',
      total_laps_q: 15,
    })
    expect(named(rows(1101, 'GRID'), 'Charles Leclerc')?.total_laps_q).toBe(18)
  })

  it('splits knockout qualifying into Q1–Q3, each placed by its own times', () => {
    const place = (code: string) =>
      rows(1101, code).map((row) => [row.position, row.driver_name, row.best_lap_time_raw])
    expect(place('Q3').slice(0, 3)).toEqual([
      [1, 'Max Verstappen', '1:23.445'],
      [2, 'Charles Leclerc', '1:23.584'],
      [3, 'Oscar Piastri', '1:23.782'],
    ])
    expect(rows(1101, 'Q3')).toHaveLength(10)
    expect(rows(1101, 'Q2')).toHaveLength(15)
    const q1 = rows(1101, 'Q1')
    expect(q1).toHaveLength(20)
    expect(q1[0]).toMatchObject({ position: 1, driver_name: 'Max Verstappen', laps: null })
    // No Q1 time: listed last, unplaced, with F1DB's NC as status.
    expect(q1.at(-1)).toMatchObject({ position: null, driver_name: 'Logan Sargeant', status: 'nc' })
  })

  it('counts laps led and TopX laps from the lap chart (README checked figures)', () => {
    const resume = json('races/1101/resume.json').rows as Row[]
    expect(named(resume, 'Max Verstappen')).toMatchObject({
      lead_laps: 52,
      laps_top1: 52,
      laps_top10: 58,
      lead_km: 274.612,
      pos_q3: 1,
      pct_q3: 100,
      pos_race: 1,
    })
    expect(named(resume, 'Yuki Tsunoda')?.lead_laps).toBe(5)
    expect(named(resume, 'Charles Leclerc')?.lead_laps).toBe(1)
    expect(Object.keys(resume[0] ?? {})).not.toContain('positions')
  })
})

describe('import-f1db on the real data: other races', () => {
  it('2023 Bahrain laps led: #1 54, #11 3', () => {
    const resume = json('races/1080/resume.json').rows as Row[]
    expect(named(resume, 'Max Verstappen')?.lead_laps).toBe(54)
    expect(named(resume, 'Sergio Pérez')?.lead_laps).toBe(3)
  })

  it('matches a lap chart to each of the 22 races of 2023: one leader per lap', () => {
    const races = json('races/index.json').races.filter(
      (race: { year: number }) => race.year === 2023,
    )
    expect(races).toHaveLength(22)
    for (const { race_id } of races) {
      const resume = json(`races/${race_id}/resume.json`).rows as Row[]
      const led = resume.reduce((sum, row) => sum + Number(row.lead_laps ?? 0), 0)
      const winner = rows(race_id, 'RACE')[0]
      expect(led, `race ${race_id}`).toBe(winner?.laps)
    }
    expect(result.warnings.filter((warning) => /lap chart|laps/.test(warning))).toEqual([])
  })

  it('leaves lap-chart figures null where there is no lap chart (1989)', () => {
    const resume = json('races/469/resume.json').rows as Row[]
    expect(resume.every((row) => row.lead_laps === null && row.laps_top10 === null)).toBe(true)
    expect(resume.every((row) => row.lead_km === null)).toBe(true)
  })

  it('writes 1976 Brazil (race 265) with the legacy French codes', () => {
    expect(codes(265)).toEqual(['Q1', 'GRILLE', 'COURSE', 'MT'])
  })

  it('1989 Brazil: pre-qualifying, two qualifying sessions, warm-up; non-qualifiers nq', () => {
    expect(codes(469)).toEqual(['EL1', 'EL2', 'WU', 'PQ', 'Q1', 'Q2', 'GRID', 'RACE', 'FL'])
    const race = rows(469, 'RACE')
    expect(race.filter((row) => row.status === 'nq')).toHaveLength(12)
    expect(named(race, 'Nicola Larini')).toMatchObject({ status: 'dsq', delta: 'Illegal start' })
  })

  it('1995 Brazil: two-session qualifying, GRID leaves total_laps_q to the page', () => {
    expect(codes(565)).toEqual(['EL1', 'EL2', 'WU', 'Q1', 'Q2', 'GRID', 'RACE', 'FL'])
    expect(rows(565, 'GRID').every((row) => row.total_laps_q === null)).toBe(true)
    expect(rows(565, 'Q2').some((row) => typeof row.laps === 'number')).toBe(true)
  })

  it('2024 Miami: sprint shoot-out SQ1–SQ3, sprint grid and sprint', () => {
    expect(codes(1107)).toEqual([
      'EL1',
      'Q1',
      'Q2',
      'Q3',
      'SQ1',
      'SQ2',
      'SQ3',
      'SGRID',
      'SPRINT',
      'GRID',
      'RACE',
      'FL',
    ])
    expect(rows(1107, 'SPRINT')[0]).toMatchObject({ position: 1, best_lap_time_raw: '31:31.383' })
    const sgrid = rows(1107, 'SGRID')
    expect(named(sgrid, 'Alexander Albon')).toMatchObject({ position: null, status: 'PL' })
    expect(sgrid.every((row) => !('total_laps_q' in row))).toBe(true)
  })

  it('keeps one row per driver when F1DB lists one twice (2023 Britain qualifying)', () => {
    const bottas = rows(1089, 'Q1').filter((row) => row.driver_name === 'Valtteri Bottas')
    expect(bottas).toEqual([expect.objectContaining({ best_lap_time_raw: '1:29.798' })])
    expect(result.warnings).toEqual([
      'seasons/2023/races/10-great-britain/qualifying-results.yml: valtteri-bottas listed twice, the later row is ignored',
    ])
  })
})

describe('import-f1db on the real data: season and lookups', () => {
  it('writes the final 2023 championship with counts from the race results', () => {
    const standings = json('seasons/2023/championship.json')
    expect(standings.season).toBe(2023)
    expect(standings.updated_at).toBe('2023-11-26T00:00:00Z')
    expect(standings.drivers[0]).toEqual({
      rank: 1,
      driver_id: Number(VERSTAPPEN),
      driver_name: 'Max Verstappen',
      points: 575,
      wins: 19,
      podiums: 21,
      starts: 22,
      team: 'Red Bull',
      nationality: 'Dutch',
    })
    expect(standings.drivers[1]).toMatchObject({ driver_name: 'Sergio Pérez', wins: 2 })
    expect(standings.constructors[0]).toEqual({
      rank: 1,
      constructor: 'Red Bull',
      points: 860,
      wins: 21,
      starts: 22,
    })
  })

  it('fills participants with the entrant engine and drivers.min with every driver', () => {
    expect(json('lookups/participants.json')['1101'][VERSTAPPEN]).toEqual({
      num_car: '1',
      team: 'Red Bull',
      engine: 'Honda RBPTH001 1.6 V6 T H',
      tyres: 'Pirelli',
      laps: 58,
    })
    // 1976: a one-driver entrant (driverId on the entrant itself).
    const hunt = json('lookups/participants.json')['265'][String(driverId('james-hunt'))]
    expect(hunt).toMatchObject({
      num_car: '11',
      engine: 'Ford Cosworth DFV 3.0 V8',
      tyres: 'Goodyear',
    })
    const names = json('lookups/drivers.min.json')
    expect(names[VERSTAPPEN]).toBe('Max Verstappen')
    for (const race of [265, 469, 1101, 1107]) {
      for (const session of json(`races/${race}/sessions.json`).sessions) {
        for (const row of session.rows) expect(names[row.driver_id]).toBe(row.driver_name)
      }
    }
    expect(readFileSync(join(out, 'lookups/participants.json'), 'utf8')).not.toContain('\n  ')
  })

  it('indexes the races by year and round and lists the championship seasons', () => {
    const index = json('races/index.json')
    expect(index.races).toHaveLength(28)
    expect(index.races[0]).toEqual({
      race_id: 265,
      year: 1976,
      round: 1,
      gp_name: 'Brazilian Grand Prix',
      country: 'Brazil',
      circuit: 'José Carlos Pace',
      date: '1976-01-25',
    })
    expect(index.races.at(-1)).toMatchObject({ race_id: 1107, year: 2024, round: 6 })
    expect(index.championships).toEqual([2023])
  })

  it('writes the attribution and the LapChart licence', () => {
    expect(readFileSync(join(out, 'DATA-ATTRIBUTION.md'), 'utf8')).toContain(
      'Data: F1DB (CC BY 4.0), github.com/f1db/f1db, snapshot 2026-08-21; lap charts: TracingInsights-Archive/LapChart (MIT)',
    )
    expect(readFileSync(join(out, 'LAPCHART-LICENSE.txt'), 'utf8')).toMatch(/^MIT License/)
  })
})

describe('import-f1db output stability', () => {
  it('is deterministic: a second run writes the same bytes in every file', () => {
    const again = mkdtempSync(join(tmpdir(), 'gp-import-'))
    try {
      const second = importF1db({ ...DATA_OPTIONS, out: again })
      expect(second.files).toEqual(result.files)
      for (const file of result.files) {
        expect(readFileSync(join(again, file), 'utf8'), file).toBe(
          readFileSync(join(out, file), 'utf8'),
        )
      }
    } finally {
      rmSync(again, { recursive: true, force: true })
    }
  })

  it('the committed public/ is what the importer writes (run `npm run data`)', () => {
    const committed = join(REPO_ROOT, 'public')
    for (const path of filesUnder(out)) {
      const file = relative(out, path)
      expect(readFileSync(join(committed, file), 'utf8'), file).toBe(readFileSync(path, 'utf8'))
    }
  })
})
