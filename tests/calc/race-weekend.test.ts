import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { LapOrder } from '../../src/calc/laps-led.ts'
import { lapsLedRanges } from '../../src/calc/laps-led.ts'
import {
  fastestLapHolder,
  penaltySeconds,
  placesGained,
  sharedCarPositions,
} from '../../src/calc/race-extras.ts'
import { weekendSummary } from '../../src/calc/weekend-summary.ts'
import { loadSessions, RACES, readPublicJson, rowOf, session } from '../fixtures/sample.ts'

// Every figure is checked against F1DB's own YAML (and LapChart's running order), not typed in.
const F1DB = resolve(import.meta.dirname, '../../../shared/realdata/f1db/src/data/seasons')
const LAPCHART = resolve(import.meta.dirname, '../../../shared/realdata/lapchart/2023')

interface F1dbResult {
  position: number | string
  driverNumber: number
  driverId: string
  points: number | null
  gridPosition: number | string | null
  timePenalty: string | null
}
const yaml = <T>(path: string): T => parse(readFileSync(`${F1DB}/${path}`, 'utf8')) as T

describe('race extras (points, grid, places gained, penalty) against F1DB', () => {
  const published = yaml<F1dbResult[]>('2023/races/22-abu-dhabi/race-results.yml')
  const rows = session(loadSessions(RACES.abuDhabi2023), 'RACE').rows

  it('every row: points, grid, places gained and penalty are F1DB’s', () => {
    expect(rows).toHaveLength(published.length)
    published.forEach((entry, index) => {
      const row = rows[index]
      if (!row) throw new Error(`row ${index + 1} missing`)
      expect(row.points, `row ${index + 1}`).toBe(entry.points ?? 0)
      const grid = typeof entry.gridPosition === 'number' ? entry.gridPosition : null
      expect(row.grid ?? null).toBe(grid)
      const position = typeof entry.position === 'number' ? entry.position : null
      expect(placesGained(row)).toBe(grid != null && position != null ? grid - position : null)
      expect(penaltySeconds(row)).toBe(entry.timePenalty == null ? null : Number(entry.timePenalty))
    })
  })

  it('the issue’s figures: Verstappen 26, Pérez grid 9 +5 with 5 s, Russell grid 4 +1', () => {
    const race = session(loadSessions(RACES.abuDhabi2023), 'RACE')
    const verstappen = rowOf(race, 'Max Verstappen')
    const perez = rowOf(race, 'Sergio Pérez')
    const russell = rowOf(race, 'George Russell')
    expect(verstappen.points).toBe(26)
    expect([perez.grid, placesGained(perez), penaltySeconds(perez)]).toEqual([9, 5, 5])
    expect([russell.grid, placesGained(russell)]).toEqual([4, 1])
  })

  it('the fastest-lap holder is F1DB’s (fastest-laps.yml P1)', () => {
    const fl = yaml<Array<{ position: number; driverNumber: number; lap: number }>>(
      '2023/races/22-abu-dhabi/fastest-laps.yml',
    )[0]
    const index = published.findIndex((entry) => entry.driverNumber === fl?.driverNumber)
    const holder = fastestLapHolder(loadSessions(RACES.abuDhabi2023).sessions)
    expect(holder?.driver_id).toBe(rows[index]?.driver_id)
    expect(holder?.lap_release).toBe(fl?.lap)
  })

  it('penalty text that is not seconds is no penalty; no fields, no values', () => {
    expect(penaltySeconds({ time_penalty: 'drive-through' })).toBeNull()
    expect(penaltySeconds({ time_penalty: '0.000' })).toBeNull()
    expect(penaltySeconds({})).toBeNull()
    expect(placesGained({ position: 3 })).toBeNull()
    expect(placesGained({ grid: 3, position: null })).toBeNull()
    expect(fastestLapHolder([])).toBeNull()
  })

  it('a shared car: both drivers keep the one position', () => {
    const base = rowOf(session(loadSessions(RACES.abuDhabi2023), 'RACE'), 'Max Verstappen')
    const positions = sharedCarPositions([
      { ...base, position: 1 },
      { ...base, position: 1, driver_id: 2, shared_car: true },
      { ...base, position: 2, driver_id: 3 },
    ])
    expect([...positions]).toEqual([1])
  })
})

/** LapChart's running order, car numbers mapped to the export's driver ids through F1DB. */
function lapChartLeaders(csv: string, published: F1dbResult[], ids: number[]): Map<number, number> {
  const byNumber = new Map(published.map((entry, index) => [entry.driverNumber, ids[index]]))
  const counts = new Map<number, number>()
  for (const line of csv.split('\n').filter((l) => l.startsWith('LAP '))) {
    const leader = byNumber.get(Number(line.split(',')[1]))
    if (leader != null) counts.set(leader, (counts.get(leader) ?? 0) + 1)
  }
  return counts
}

describe('lapsLedRanges', () => {
  it('lap 0 is the grid, runs of laps become ranges', () => {
    const laps: LapOrder[] = [
      { lap: 0, order: [2, 1] },
      { lap: 1, order: [1, 2] },
      { lap: 2, order: [1, 2] },
      { lap: 3, order: [2, 1] },
      { lap: 4, order: [1, 2] },
    ]
    expect(lapsLedRanges(laps)).toEqual([
      {
        driver_id: 1,
        laps: 3,
        ranges: [
          { from: 1, to: 2 },
          { from: 4, to: 4 },
        ],
      },
      { driver_id: 2, laps: 1, ranges: [{ from: 3, to: 3 }] },
    ])
    expect(lapsLedRanges([])).toEqual([])
  })

  it('2023 Abu Dhabi: the laps led agree with LapChart (52 / 5 / 1) and resume.json', () => {
    const published = yaml<F1dbResult[]>('2023/races/22-abu-dhabi/race-results.yml')
    const ids = session(loadSessions(RACES.abuDhabi2023), 'RACE').rows.map((r) => r.driver_id)
    const csv = readFileSync(`${LAPCHART}/2023_abu_dhabi_grand_prix.csv`, 'utf8')
    const expected = lapChartLeaders(csv, published, ids)
    const laps = (readPublicJson('races/1101/laps.json') as { laps: LapOrder[] }).laps
    const led = lapsLedRanges(laps)
    expect(new Map(led.map((entry) => [entry.driver_id, entry.laps]))).toEqual(expected)
    expect(led.map((entry) => entry.laps)).toEqual([52, 5, 1])
    expect(led.reduce((sum, entry) => sum + entry.laps, 0)).toBe(58)
  })
})

describe('weekendSummary', () => {
  it('2023 Abu Dhabi: winner, pole, fastest lap on lap 45, podium, laps led from laps.json', () => {
    const file = loadSessions(RACES.abuDhabi2023)
    const laps = (readPublicJson('races/1101/laps.json') as { laps: LapOrder[] }).laps
    const summary = weekendSummary(file.sessions, laps, null)
    const grid = yaml<Array<{ positionNumber: number; driverNumber: number }>>(
      '2023/races/22-abu-dhabi/starting-grid-positions.yml',
    )
    const published = yaml<F1dbResult[]>('2023/races/22-abu-dhabi/race-results.yml')
    const name = (driverNumber: number | undefined) =>
      file.sessions
        .find((s) => s.code === 'RACE')
        ?.rows.at(published.findIndex((entry) => entry.driverNumber === driverNumber))?.driver_name
    expect(summary.pole?.driver_name).toBe(name(grid[0]?.driverNumber))
    expect(summary.winner?.driver_name).toBe(name(published[0]?.driverNumber))
    expect(summary.podium.map((d) => d.driver_name)).toEqual(
      published.slice(0, 3).map((entry) => name(entry.driverNumber)),
    )
    expect(summary.fastestLap).toMatchObject({ driver_name: 'Max Verstappen', lap: 45 })
    expect(summary.lapsLed.map((d) => [d.driver_name, d.laps])).toEqual([
      ['Max Verstappen', 52],
      ['Yuki Tsunoda', 5],
      ['Charles Leclerc', 1],
    ])
    expect(summary.lapsLed[0]?.ranges?.[0]?.from).toBe(1)
  })

  it('without laps.json: counts from resume.json, no ranges; nothing invented without data', () => {
    const file = loadSessions(RACES.abuDhabi2023)
    const resume = (readPublicJson('races/1101/resume.json') as { rows: never[] }).rows
    const summary = weekendSummary(file.sessions, null, resume)
    expect(summary.lapsLed[0]).toMatchObject({
      driver_name: 'Max Verstappen',
      laps: 52,
      ranges: null,
    })
    expect(weekendSummary([], null, null)).toEqual({
      winner: null,
      pole: null,
      fastestLap: null,
      podium: [],
      lapsLed: [],
    })
  })
})
