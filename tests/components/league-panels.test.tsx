/** @vitest-environment happy-dom */

import type { SortingState } from '@tanstack/react-table'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import {
  RANKING_KINDS,
  resolveRanking,
  resultIndex,
} from '../../src/features/league/calc/rankings.ts'
import {
  divisionNames,
  driverNames,
  eventResultGroups,
} from '../../src/features/league/calc/round.ts'
import { LeagueEventPanel } from '../../src/features/league/components/event-panel.tsx'
import { LeagueRankingsPanel } from '../../src/features/league/components/rankings-panel.tsx'
import { dividedRound, dividedRoundWith, pendingEvent } from '../calc/league-fixture.ts'
import { renderWithI18n } from './render.tsx'

function Rankings() {
  const file = dividedRound()
  const index = resultIndex(file)
  const [sorting, setSorting] = useState<SortingState>([])
  return (
    <LeagueRankingsPanel
      tables={RANKING_KINDS.map((kind) => ({
        kind,
        rows: resolveRanking(file.round[kind], index),
      }))}
      divided
      filteredDivision={null}
      sorting={sorting}
      onSortingChange={setSorting}
    />
  )
}

describe('cross-division rankings', () => {
  it('shows driver names and divisions, and marks an id that resolves to nothing', () => {
    renderWithI18n(<Rankings />)
    const table = screen.getByRole('table', { name: 'Qualifications — toutes divisions' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      'John Doe',
      'Bob Wilson',
      expect.stringContaining('résultat #999 introuvable'),
    ])
    expect(within(rows[1] as HTMLElement).getByText('Am')).toBeTruthy()
    expect(within(rows[1] as HTMLElement).getByText('+0.333')).toBeTruthy()
    expect(screen.getByText('Classement vide.')).toBeTruthy()
  })
  it('sorts by driver name from the header button', async () => {
    renderWithI18n(<Rankings />, 'en')
    const table = screen.getByRole('table', { name: 'Qualifying — all divisions' })
    await userEvent.click(within(table).getByRole('button', { name: /Driver/ }))
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent)
    expect(names.slice(0, 2)).toEqual(['Bob Wilson', 'John Doe'])
    const header = within(table).getByRole('columnheader', { name: /Driver/ })
    expect(header.getAttribute('aria-sort')).toBe('ascending')
  })
})

describe('race event results', () => {
  it('shows one table per division with the markers in words', () => {
    const { file, event: feature } = dividedRoundWith(1, {
      id: 140,
      driver_id: 60,
      division_id: 1,
      position: 2,
      dnf: true,
      race_points: 0,
      positions_gained: -3,
      penalties: '5.000',
      driver_name: 'Al Retired',
    })
    const groups = eventResultGroups(feature, divisionNames(file), driverNames(file))
    renderWithI18n(
      <LeagueEventPanel
        event={feature}
        caption="Course 1 · Feature"
        groups={groups}
        divided
        sorting={[]}
        onSortingChange={() => {}}
      />,
    )
    const pro = screen.getByRole('table', { name: 'Course 1 · Feature — Pro' })
    const john = within(pro).getByRole('row', { name: /John Doe/ })
    expect(within(john).getByText('Meilleur tour de la division')).toBeTruthy()
    const retired = within(pro).getByRole('row', { name: /Al Retired/ })
    expect(within(retired).getByText('Ab.')).toBeTruthy()
    expect(within(retired).getByText('5.000 s')).toBeTruthy()
    expect(screen.getByRole('table', { name: 'Course 1 · Feature — Am' })).toBeTruthy()
  })
  it('says a pending race is provisional and shows no points for it', () => {
    const pending = pendingEvent(8, [
      {
        id: 1,
        driver_id: 1,
        race_time: '45:10.500',
        positions_gained: 2,
        driver_name: 'Ann Early',
      },
    ])
    renderWithI18n(
      <LeagueEventPanel
        event={pending}
        caption="Race 2"
        groups={eventResultGroups(pending, new Map(), new Map())}
        divided={false}
        sorting={[]}
        onSortingChange={() => {}}
      />,
      'en',
    )
    expect(screen.getByRole('note').textContent).toContain('Provisional results')
    const row = screen.getByRole('row', { name: /Ann Early/ })
    expect(within(row).getByText('provisional')).toBeTruthy()
    expect(within(row).getByText('gained 2 place(s)')).toBeTruthy()
  })
})
