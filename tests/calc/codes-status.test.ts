import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeStatus, raceTimeOrGap, statusReason } from '../../src/calc/race-result.ts'
import { pickTab, raceTabs } from '../../src/calc/race-tabs.ts'
import { retirementCause } from '../../src/calc/retirement.ts'
import {
  compareNatural,
  compareSessionCodes,
  normalizeSessionCode,
} from '../../src/calc/session-codes.ts'
import { loadSessions, RACES, rowOf, session } from '../fixtures/sample.ts'

describe('normalizeSessionCode', () => {
  it('maps the legacy French codes, ignoring case and spaces', () => {
    expect(normalizeSessionCode('GRILLE')).toBe('GRID')
    expect(normalizeSessionCode(' course ')).toBe('RACE')
    expect(normalizeSessionCode('m t')).toBe('FL')
    expect(normalizeSessionCode('el1')).toBe('EL1')
  })
  it('keeps unknown codes', () => {
    expect(normalizeSessionCode('Shootout')).toBe('SHOOTOUT')
  })
  it('never throws and is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const once = normalizeSessionCode(raw)
        expect(normalizeSessionCode(once)).toBe(once)
      }),
    )
  })
  it('the 1976 sample is exported with GRILLE/COURSE/MT and loads as GRID/RACE/FL', () => {
    const codes = loadSessions(RACES.brazil1976).sessions.map((s) => s.code)
    expect(codes).toEqual(expect.arrayContaining(['GRID', 'RACE', 'FL']))
    expect(codes).not.toContain('GRILLE')
  })
})

describe('tabs in weekend order', () => {
  it('practice, warm-up, qualifying (combined, then each), grid, race, FL, PERF, RESUME (1989)', () => {
    const tabs = raceTabs(loadSessions(RACES.brazil1989).sessions, false)
    expect(tabs).toEqual([
      'EL1',
      'EL2',
      'WU',
      'PQ',
      'QUALI',
      'Q1',
      'Q2',
      'GRID',
      'RACE',
      'FL',
      'PERF',
      'RESUME',
    ])
  })
  it('unknown codes come after the known ones, never dropped', () => {
    const codes = ['ZZ', 'RACE', 'EL2', 'EL1', 'Q1'].sort(compareSessionCodes)
    expect(codes).toEqual(['EL1', 'EL2', 'Q1', 'RACE', 'ZZ'])
  })
  it('numbers in codes compare as numbers: EL2 before EL10, Q9 before Q10', () => {
    const codes = ['EL10', 'EL2', 'EL1', 'Q10', 'Q9', 'Q1'].sort(compareNatural)
    expect(codes).toEqual(['EL1', 'EL2', 'EL10', 'Q1', 'Q9', 'Q10'])
    // Unknown codes (after every known one) among themselves: X9 before X10.
    expect(['X10', 'RACE', 'X9'].sort(compareSessionCodes)).toEqual(['RACE', 'X9', 'X10'])
    expect(['B2', 'A10', 'A9', 'A', 'AB'].sort(compareNatural)).toEqual([
      'A',
      'A9',
      'A10',
      'AB',
      'B2',
    ])
  })
  it('picks the requested tab (legacy codes too), else the race', () => {
    const tabs = ['EL1', 'GRID', 'RACE', 'FL', 'PERF']
    expect(pickTab(tabs, 'grille')).toBe('GRID')
    expect(pickTab(tabs, 'NOPE')).toBe('RACE')
    expect(pickTab(tabs, null)).toBe('RACE')
  })
})

describe('race rows', () => {
  const race = session(loadSessions(RACES.abuDhabi2023), 'RACE')
  it('winner shows the race time, others the gap', () => {
    expect(raceTimeOrGap(rowOf(race, 'Max Verstappen'), true)).toBe('1:27:02.624')
    expect(raceTimeOrGap(rowOf(race, 'Charles Leclerc'), false)).toBe('+17.993')
  })
  it('a retirement reason goes to the status column', () => {
    const sainz = rowOf(race, 'Carlos Sainz Jr.')
    expect(normalizeStatus(sainz.status)).toBe('ab')
    expect(statusReason(sainz)).toBe('Engine')
  })
  it('maps statuses from other spellings', () => {
    expect(normalizeStatus('DNF')).toBe('ab')
    expect(normalizeStatus('DNS')).toBe('np')
    expect(normalizeStatus('DNPQ')).toBe('nq')
    expect(normalizeStatus('')).toBeNull()
    expect(normalizeStatus('weird')).toBe('weird')
  })
})

describe('retirementCause', () => {
  it('sorts the F1DB reasons', () => {
    expect(retirementCause('Engine')).toBe('mechanical')
    expect(retirementCause('Hydraulics')).toBe('mechanical')
    expect(retirementCause('Collision')).toBe('driver')
    expect(retirementCause('Spun off')).toBe('driver')
    expect(retirementCause('Withdrew')).toBeNull()
    expect(retirementCause(null)).toBeNull()
  })
})
