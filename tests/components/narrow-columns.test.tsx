/** @vitest-environment happy-dom */

import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Participant } from '../../src/calc/export-types.ts'
import { SessionPanel } from '../../src/components/session-panel.tsx'
import { loadSessions, RACES, readPublicJson, session } from '../fixtures/sample.ts'
import { renderWithI18n } from './render.tsx'

const file = loadSessions(RACES.abuDhabi2023)
const participants = (
  readPublicJson('lookups/participants.json') as Record<string, Record<string, Participant>>
)[RACES.abuDhabi2023]

function renderPanel(code: string) {
  return renderWithI18n(
    <SessionPanel
      caption={`table ${code}`}
      session={session(file, code)}
      sessions={file.sessions}
      participants={participants}
      sorting={[]}
      onSortingChange={() => {}}
    />,
  )
}

describe('session tables on any screen (issue 15)', () => {
  it('says "Pneus : Pirelli" once instead of a column of Pirelli', () => {
    renderPanel('EL1')
    expect(screen.getByText('Pneus : Pirelli (toutes les voitures)')).toBeTruthy()
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent)
    expect(headers.some((header) => header?.includes('Pneus'))).toBe(false)
  })

  it('puts the one retirement in its gap cell, with no status column', () => {
    renderPanel('RACE')
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent ?? '')
    expect(headers.some((header) => header.includes('Statut'))).toBe(false)
    const sainz = screen.getByRole('row', { name: /Carlos Sainz/ })
    const cells = within(sainz).getAllByRole('cell')
    const timeGap = headers.findIndex((header) => header.includes('Temps/Écart'))
    expect(cells[timeGap]?.textContent).toMatch(/^ab · /)
  })

  it('marks every column but Pos, driver and the figures as "more", behind a pressed switch', async () => {
    const { container } = renderPanel('RACE')
    const more = [...container.querySelectorAll('thead th.col-more')].map((th) => th.textContent)
    expect(more.map((text) => text?.replace(/[↕▲▼]/g, '').trim())).toEqual([
      'N°',
      'Écurie',
      'Moteur',
      'Tours',
      'Grille',
      'Places',
    ])
    const toggle = screen.getByRole('button', { name: '+ 6 colonnes' })
    expect(toggle.getAttribute('aria-pressed')).toBe('false')
    await userEvent.setup().click(toggle)
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    expect(container.querySelector('.data-table')?.classList.contains('all-columns')).toBe(true)
  })
})
