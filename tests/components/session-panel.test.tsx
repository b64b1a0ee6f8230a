/** @vitest-environment happy-dom */

import type { SortingState } from '@tanstack/react-table'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { SessionPanel } from '../../src/components/session-panel.tsx'
import { loadSessions, RACES, session } from '../fixtures/sample.ts'
import { renderWithI18n } from './render.tsx'

const file = loadSessions(RACES.abuDhabi2023)

function Harness({ code }: { code: string }) {
  const [sorting, setSorting] = useState<SortingState>([])
  return (
    <SessionPanel
      caption={`table ${code}`}
      session={session(file, code)}
      sessions={file.sessions}
      participants={undefined}
      sorting={sorting}
      onSortingChange={setSorting}
    />
  )
}

function bodyRows() {
  const table = screen.getByRole('table')
  return within(table).getAllByRole('row').slice(1)
}

describe('SessionPanel', () => {
  it('shows the practice columns, hiding lookup columns without lookups', () => {
    renderWithI18n(<Harness code="EL1" />)
    const headers = screen
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.replace(/[↕▲▼]/g, ''))
    expect(headers).toEqual(['Pos', 'Pilote', 'Écurie', 'Moteur', 'Temps', 'Écart', 'Tours'])
  })

  it('sorts by position with two clicks on Pos (descending), unclassified rows last', async () => {
    renderWithI18n(<Harness code="RACE" />)
    const user = userEvent.setup()
    const pos = screen.getByRole('button', { name: /Pos/ })
    await user.click(pos)
    await user.click(pos)
    // Descending: classified positions from the highest down, then the unclassified (no position).
    const texts = bodyRows().map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '')
    const numbered = texts.filter((t) => t !== '—').map(Number)
    expect(numbered).toEqual([...numbered].sort((a, b) => b - a))
    expect(
      texts.indexOf('—') === -1 || texts.slice(texts.indexOf('—')).every((t) => t === '—'),
    ).toBe(true)
    expect(screen.getByRole('columnheader', { name: /Pos/ }).getAttribute('aria-sort')).toBe(
      'descending',
    )
  })

  it('marks the podium and explains statuses in a legend', () => {
    renderWithI18n(<Harness code="RACE" />)
    const first = bodyRows()[0]
    expect(first?.className).toContain('podium-1')
    expect(screen.getByText('Légende')).toBeTruthy()
    expect(screen.getByText('abandon')).toBeTruthy()
  })
})
