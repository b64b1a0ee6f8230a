import { describe, expect, it } from 'vitest'
import { columnPriority, sessionLayout, uniformValue } from '../../src/calc/column-layout.ts'
import type { Participant } from '../../src/calc/export-types.ts'
import { raceTabs } from '../../src/calc/race-tabs.ts'
import { sessionRules } from '../../src/calc/session-kinds.ts'
import { buildSessionView } from '../../src/calc/session-view.ts'
import { groupTabs, tabGroup } from '../../src/calc/tab-groups.ts'
import { loadSessions, RACES, readPublicJson, session } from '../fixtures/sample.ts'

const participants = readPublicJson('lookups/participants.json') as Record<
  string,
  Record<string, Participant>
>

function layoutOf(raceId: string, code: string) {
  const file = loadSessions(raceId)
  const view = buildSessionView(session(file, code), file.sessions, participants[raceId])
  return { view, layout: sessionLayout(view) }
}

describe('sessionLayout on the sample exports', () => {
  it('2023 Abu Dhabi race: the one retirement joins its gap, no column of 19 dashes', () => {
    const { view, layout } = layoutOf(RACES.abuDhabi2023, 'RACE')
    expect(view.columns).toContain('status')
    expect(layout.uniform).toEqual([])
    // Sainz (Engine) is the only row of 20 with a status: no column of 19 dashes.
    expect(view.rows.filter((row) => row.status != null)).toHaveLength(1)
    expect(layout.statusInline).toBe(true)
    expect(layout.columns.join(' ')).toBe('pos no driver team engine laps timegap pts grid gained')
  })

  it('2023 Abu Dhabi practice: Pirelli on every car is a note; the engines (several) stay', () => {
    const { view, layout } = layoutOf(RACES.abuDhabi2023, 'EL1')
    expect(view.columns).toContain('tyres')
    expect(layout.columns).not.toContain('tyres')
    expect(layout.columns).toContain('engine')
    expect(layout.uniform.map((column) => column.id)).toEqual(['tyres'])
  })

  it('1976 Brazil: 9 retirements of 22 go beside their gap; Goodyear for all is a note', () => {
    expect(layoutOf(RACES.brazil1976, 'RACE').layout.statusInline).toBe(true)
    expect(layoutOf(RACES.brazil1976, 'Q1').layout.uniform).toEqual([
      { id: 'tyres', value: 'Goodyear' },
    ])
  })

  it('1989 Brazil: 25 statuses of 38 rows (non-qualifiers included) keep their column', () => {
    const { layout } = layoutOf(RACES.brazil1989, 'RACE')
    expect(layout.statusInline).toBe(false)
    expect(layout.columns).toContain('status')
  })

  it('2010 Bahrain grid: 2 statuses of 24 join the qualifying time', () => {
    const { layout } = layoutOf(RACES.bahrain2010, 'GRID')
    expect(layout.statusInline).toBe(true)
    expect(layout.columns).not.toContain('status')
  })

  it('a grid with no status drops the column rather than draw "—" on every row', () => {
    const { view, layout } = layoutOf(RACES.abuDhabi2023, 'GRID')
    expect(view.columns).toContain('status')
    expect(layout.columns).not.toContain('status')
    expect(layout.statusInline).toBe(false)
  })
})

describe('uniformValue', () => {
  it('needs the same non-empty value on every row, and a few rows', () => {
    expect(uniformValue(['Pirelli', 'Pirelli', 'Pirelli'])).toBe('Pirelli')
    expect(uniformValue(['Pirelli', 'Pirelli', null])).toBeNull()
    expect(uniformValue(['Goodyear', 'Pirelli', 'Pirelli'])).toBeNull()
    expect(uniformValue(['Pirelli', 'Pirelli'])).toBeNull()
    expect(uniformValue([])).toBeNull()
  })
})

describe('columnPriority', () => {
  it('keeps position, driver and the figure of the kind in view', () => {
    const race = sessionRules('RACE')
    expect(
      ['pos', 'driver', 'timegap', 'pts'].map((id) => columnPriority(race, id as never)),
    ).toEqual(['key', 'key', 'key', 'key'])
    expect(columnPriority(race, 'team')).toBe('more')
    expect(columnPriority(race, 'status')).toBe('more')
    expect(columnPriority(sessionRules('Q2'), 'pct')).toBe('key')
    expect(columnPriority(sessionRules('EL1'), 'laps')).toBe('more')
    expect(columnPriority(sessionRules('GRID'), 'qtime')).toBe('key')
  })
})

describe('tab groups', () => {
  it('cuts the 2023 Qatar sprint weekend as it reads, in weekend order', () => {
    const file = loadSessions('1083')
    const tabs = raceTabs(file.sessions, true, true)
    expect(groupTabs(tabs)).toEqual([
      { group: 'practice', codes: ['EL1'] },
      { group: 'qualifying', codes: ['QUALI', 'Q1', 'Q2', 'Q3'] },
      { group: 'sprint', codes: ['SQ1', 'SQ2', 'SQ3', 'SGRID', 'SPRINT'] },
      { group: 'race', codes: ['GRID', 'RACE', 'FL'] },
      { group: 'analysis', codes: ['PERF', 'RESUME', 'LAPS', 'CHAMP'] },
    ])
  })

  it('puts warm-up with practice, pre-qualifying with qualifying, unknown codes with the race', () => {
    expect(tabGroup('WU')).toBe('practice')
    expect(tabGroup('PQ')).toBe('qualifying')
    expect(tabGroup('XYZ')).toBe('race')
    expect(groupTabs(['RACE', 'PERF', 'Q1'])).toEqual([
      { group: 'race', codes: ['RACE'] },
      { group: 'analysis', codes: ['PERF'] },
      { group: 'qualifying', codes: ['Q1'] },
    ])
  })
})
