import { describe, expect, it } from 'vitest'
import {
  divisionNames,
  driverNames,
  eventResultGroups,
  orderedEvents,
  resultState,
  roundHasDivisions,
  roundStandingGroups,
} from '../../src/features/league/calc/round.ts'
import {
  dividedRound,
  dividedRoundWith,
  event,
  JANE,
  JOHN,
  pendingEvent,
  result,
} from './league-fixture.ts'

describe('round structure', () => {
  it('reads round_results with and without divisions as groups with their paths', () => {
    const divided = roundStandingGroups(dividedRound().round.round_results)
    expect(divided.map((g) => [g.divisionName, g.rows.length, g.path])).toEqual([
      ['Pro', 1, 'round.round_results.standings[0].results'],
      ['Am', 1, 'round.round_results.standings[1].results'],
    ])
    const flat = roundStandingGroups({ standings: [JOHN, JANE] })
    expect(flat.map((g) => [g.divisionName, g.rows.length, g.path])).toEqual([
      [null, 2, 'round.round_results.standings'],
    ])
    expect(roundStandingGroups(null)).toEqual([])
  })
  it('orders events qualifier first, then by race number', () => {
    const events = [
      event({ id: 3, race_number: 2 }),
      event({ id: 1, race_number: 1 }),
      event({ id: 9, race_number: 0, is_qualifier: true }),
    ]
    expect(orderedEvents(events).map((e) => e.id)).toEqual([9, 1, 3])
  })
  it('knows names and divisions from results and standings', () => {
    const file = dividedRound()
    expect(driverNames(file).get(50)).toBe('Bob Wilson')
    expect(divisionNames(file).get(2)).toBe('Am')
    expect(roundHasDivisions(file)).toBe(true)
  })
})

describe('event results', () => {
  const pending = pendingEvent(7, [
    { id: 1, driver_id: 1, race_time: '45:10.500', race_time_difference: '+2.000' },
    { id: 2, driver_id: 2, dnf: true, fastest_lap: '1:30.000' },
    { id: 3, driver_id: 3, race_time: '45:08.500' },
  ])
  it('puts pending results in provisional order by time, DNF last', () => {
    const [group] = eventResultGroups(pending, new Map(), new Map())
    expect(group?.rows.map((row) => [row.result.id, row.state])).toEqual([
      [3, 'pending'],
      [1, 'pending'],
      [2, 'dnf'],
    ])
    expect(group?.rows.map((row) => row.gap)).toEqual([null, '+2.000', null])
  })
  it('splits by division in the round order and computes qualifying gaps', () => {
    const { file, event: qualifier } = dividedRoundWith(0, {
      id: 125,
      driver_id: 43,
      division_id: 1,
      position: 2,
      fastest_lap: '1:25.500',
      driver_name: 'Jane Smith',
    })
    const groups = eventResultGroups(qualifier, divisionNames(file), driverNames(file))
    expect(groups.map((g) => [g.divisionName, g.rows.map((r) => r.driverName)])).toEqual([
      ['Pro', ['John Doe', 'Jane Smith']],
      ['Am', ['Bob Wilson']],
    ])
    expect(groups[0]?.rows[1]?.gap).toBe('+0.377')
  })
  it('tells DNS from DNF and pending', () => {
    const dns = result({ id: 1, driver_id: 1 })
    expect(resultState(dns, false)).toBe('dns')
    expect(resultState(dns, true)).toBe('finished')
    expect(resultState({ ...dns, dnf: true }, false)).toBe('dnf')
    expect(resultState({ ...dns, status: 'pending' }, false)).toBe('pending')
  })
})
