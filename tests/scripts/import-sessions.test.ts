import { describe, expect, it } from 'vitest'
import { DriverIds } from '../../scripts/import/driver-id.ts'
import { parseRounds } from '../../scripts/import/entrants.ts'
import type { F1dbRow } from '../../scripts/import/f1db-rows.ts'
import { isKnockout, knockoutSessions } from '../../scripts/import/knockout.ts'
import { F1dbReader } from '../../scripts/import/read-yaml.ts'
import { gridStatus, raceStatus, sessionStatus } from '../../scripts/import/status.ts'
import { F1DB_DATA } from './real-data.ts'

const context = {
  reader: new F1dbReader(F1DB_DATA),
  ids: new DriverIds(),
  folder: 'seasons/2023/races/22-abu-dhabi',
  warn: () => undefined,
}

function row(driverId: string, q1: string | null, q2: string | null = null): F1dbRow {
  return {
    position: q1 ? 1 : 'NC',
    driverNumber: null,
    driverId,
    constructorId: 'ferrari',
    engineManufacturerId: 'ferrari',
    tyreManufacturerId: 'pirelli',
    time: null,
    gap: '+0.100',
    laps: 12,
    lap: null,
    reasonRetired: null,
    q1,
    q2,
    q3: null,
    points: null,
    gridPosition: null,
    timePenalty: null,
    sharedCar: false,
  }
}

describe('knockoutSessions', () => {
  const rows = [
    row('charles-leclerc', '1:24.500', '1:24.000'),
    row('carlos-sainz-jr', '1:24.400'),
    row('max-verstappen', '1:24.500', '1:23.900'),
    row('logan-sargeant', null),
  ]

  it('makes one session per part with times, placed by that part, ties in file order', () => {
    const [q1, q2, ...rest] = knockoutSessions(context, rows, 'qualifying-results.yml', 'Q')
    expect(rest).toEqual([])
    expect(q1?.code).toBe('Q1')
    expect(q1?.rows.map((r) => [r.position, r.driver_name, r.best_lap_ms, r.status])).toEqual([
      [1, 'Carlos Sainz Jr.', 84400, null],
      [2, 'Charles Leclerc', 84500, null],
      [3, 'Max Verstappen', 84500, null],
      [null, 'Logan Sargeant', null, 'nc'],
    ])
    expect(q2?.rows.map((r) => [r.position, r.driver_name])).toEqual([
      [1, 'Max Verstappen'],
      [2, 'Charles Leclerc'],
    ])
  })

  it('leaves laps and gaps to the whole qualifying, not to a part', () => {
    const [q1] = knockoutSessions(context, rows, 'sprint-qualifying-results.yml', 'SQ')
    expect(q1?.code).toBe('SQ1')
    expect(q1?.rows[0]).toMatchObject({
      laps: null,
      delta: null,
      source_name: 'F1DB sprint-qualifying-results.yml',
    })
  })

  it('tells knockout files (q1/q2/q3) from one-session ones (time)', () => {
    expect(isKnockout(rows)).toBe(true)
    expect(isKnockout([{ ...row('max-verstappen', null), time: '1:23.000' }])).toBe(false)
  })
})

describe('status codes', () => {
  it('race: ab for DNF and for a classified car with a reason; nc, np, nq, dsq', () => {
    expect(raceStatus(18, 'Engine')).toBe('ab')
    expect(raceStatus(1, null)).toBeNull()
    expect(raceStatus('DNF', 'Collision')).toBe('ab')
    expect(['NC', 'DNS', 'DNQ', 'DNPQ', 'DSQ'].map((code) => raceStatus(code, null))).toEqual([
      'nc',
      'np',
      'nq',
      'nq',
      'dsq',
    ])
  })

  it('grid: PL is a pit-lane start; other sessions: the same codes, unknown ones lower-cased', () => {
    expect(gridStatus('PL')).toBe('PL')
    expect(gridStatus(3)).toBeNull()
    expect(sessionStatus('DNQ')).toBe('nq')
    expect(sessionStatus('EX')).toBe('dsq')
    expect(sessionStatus('XY')).toBe('xy')
    expect(sessionStatus(null)).toBeNull()
  })
})

describe('parseRounds (entrants.yml)', () => {
  it('reads ranges and lists', () => {
    expect([...(parseRounds('4-7,12-13') ?? [])]).toEqual([4, 5, 6, 7, 12, 13])
    expect([...(parseRounds(16) ?? [])]).toEqual([16])
    expect(parseRounds(null)).toBeNull()
  })
})
