/** @vitest-environment happy-dom */

import { cleanup, screen, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { combinedQualifying } from '../../src/calc/combined-qualifying.ts'
import type { SessionsFile } from '../../src/calc/export-types.ts'
import type { LapOrder } from '../../src/calc/laps-led.ts'
import { type RoundsFile, standingsAfterRace } from '../../src/calc/round-standings.ts'
import { weekendSummary } from '../../src/calc/weekend-summary.ts'
import { CombinedQualifyingPanel } from '../../src/components/combined-qualifying-panel.tsx'
import { RoundStandingsPanel } from '../../src/components/round-standings-panel.tsx'
import { SessionPanel } from '../../src/components/session-panel.tsx'
import { WeekendHeader } from '../../src/components/weekend-header.tsx'
import { loadSessions, RACES, readPublicJson, session } from '../fixtures/sample.ts'
import { renderWithI18n } from './render.tsx'

afterEach(cleanup)

const noSort = { sorting: [], onSortingChange: () => undefined }

function raceTable(file: SessionsFile, lang: 'fr' | 'en' = 'fr') {
  renderWithI18n(
    <SessionPanel
      caption="race"
      session={session(file, 'RACE')}
      sessions={file.sessions}
      participants={undefined}
      {...noSort}
    />,
    lang,
  )
  return screen.getByRole('table')
}

const rowText = (table: HTMLElement, name: string) =>
  within(table)
    .getAllByRole('row')
    .find((row) => row.textContent?.includes(name))?.textContent ?? ''

describe('RACE table with v3.3 fields', () => {
  it('2023 Abu Dhabi: points, grid, places gained with words, penalty note, fastest lap', () => {
    const table = raceTable(loadSessions(RACES.abuDhabi2023))
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.replace(/[↕▲▼]/g, ''))
    expect(headers).toEqual(expect.arrayContaining(['Pts', 'Grille', 'Places']))
    const perez = rowText(table, 'Sergio Pérez')
    expect(perez).toContain('5 places gagnées')
    expect(perez).toContain('+5 s')
    expect(perez).toContain('pénalité de 5 s')
    const verstappen = rowText(table, 'Max Verstappen')
    expect(verstappen).toContain('26')
    expect(verstappen).toContain('Meilleur tour en course')
    expect(rowText(table, 'George Russell')).toContain('1 place gagnée')
  })

  it('in English too', () => {
    const table = raceTable(loadSessions(RACES.abuDhabi2023), 'en')
    expect(rowText(table, 'Sergio Pérez')).toContain('5 places gained')
    expect(rowText(table, 'Sergio Pérez')).toContain('5 s penalty')
  })

  it('a v3.2 file (no points, grid, penalty): no new column, no value invented', () => {
    const file = loadSessions(RACES.abuDhabi2023)
    const bare: SessionsFile = {
      ...file,
      sessions: file.sessions.map((s) => ({
        ...s,
        rows: s.rows.map(({ points, grid, time_penalty, shared_car, ...row }) => row),
      })),
    }
    const table = raceTable(bare)
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.replace(/[↕▲▼]/g, ''))
    expect(headers).not.toContain('Pts')
    expect(headers).not.toContain('Grille')
    expect(table.textContent).not.toContain('pénalité')
  })
})

describe('weekend header', () => {
  it('2023 Abu Dhabi: winner, pole, fastest lap on lap 45, laps led as ranges, links to tabs', () => {
    const file = loadSessions(RACES.abuDhabi2023)
    const laps = (readPublicJson('races/1101/laps.json') as { laps: LapOrder[] }).laps
    const Link = ({ to, children }: { to: Record<string, string | null>; children: ReactNode }) => (
      <a href={`?tab=${to.tab}`}>{children}</a>
    )
    renderWithI18n(
      <WeekendHeader summary={weekendSummary(file.sessions, laps, null)} link={Link} />,
    )
    const header = screen.getByRole('region', { name: 'Le week-end' })
    expect(header.textContent).toContain('1:26.993, tour 45')
    expect(header.textContent).toContain('Max Verstappen 52 tours')
    expect(header.textContent).toContain('Yuki Tsunoda 5 tours')
    expect(header.textContent).toContain('Charles Leclerc 1 tour')
    const links = within(header).getAllByRole('link', { name: 'Max Verstappen' })
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      expect.arrayContaining(['?tab=RACE', '?tab=GRID', '?tab=FL']),
    )
  })
})

describe('standings after a round', () => {
  it('2023 Monaco: Verstappen 144 after round 6, change since round 5', () => {
    const file = readPublicJson('seasons/2023/rounds.json') as RoundsFile
    const standings = standingsAfterRace(file, 1085)
    if (!standings) throw new Error('no round 6')
    renderWithI18n(<RoundStandingsPanel standings={standings} {...noSort} />)
    expect(screen.getByRole('heading', { name: /après la manche 6/ })).toBeDefined()
    const table = screen.getAllByRole('table')[0] as HTMLElement
    expect(rowText(table, 'Max Verstappen')).toContain('144+25')
  })
})

describe('combined qualifying', () => {
  it('2023 Abu Dhabi: Q1 Q2 Q3 side by side, best marked, knockout lines after 10th and 15th', () => {
    const file = loadSessions(RACES.abuDhabi2023)
    const combined = combinedQualifying(file.sessions, 2023)
    if (!combined) throw new Error('no combined table')
    const { container } = renderWithI18n(
      <CombinedQualifyingPanel caption="quali" combined={combined} {...noSort} />,
    )
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent)
    expect(headers.join(' ')).toMatch(/Q1.*Q2.*Q3.*Grille/)
    const lines = [...container.querySelectorAll('tr.knockout-line')].map(
      (row) => row.querySelector('td')?.textContent,
    )
    expect(lines).toEqual(['10', '15'])
    const first = rowText(screen.getByRole('table'), 'Max Verstappen')
    expect(first).toMatch(/1:23\.445◆Meilleur temps du pilote/)
  })

  it('1989 Brazil (pre-qualifying, Q1 and Q2 open to all): sessions it has, best of both', () => {
    const file = loadSessions(RACES.brazil1989)
    const combined = combinedQualifying(file.sessions, 1989)
    expect(combined?.codes).toEqual(['PQ', 'Q1', 'Q2'])
    expect(combined?.knockout).toBe(false)
    const patrese = combined?.rows.find((row) => row.driver_name === 'Riccardo Patrese')
    expect(patrese?.bestCode).toBe('Q1')
    expect(combined?.rows[0]).toMatchObject({ driver_name: 'Ayrton Senna', grid: 1 })
    expect(combined?.rows.some((row) => row.outside107)).toBe(false)
  })
})
