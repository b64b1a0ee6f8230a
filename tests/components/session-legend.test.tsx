/** @vitest-environment happy-dom */

import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { combinedQualifying } from '../../src/calc/combined-qualifying.ts'
import { CombinedQualifyingPanel } from '../../src/components/combined-qualifying-panel.tsx'
import { SessionPanel } from '../../src/components/session-panel.tsx'
import { loadSessions, PUBLIC, RACES, session } from '../fixtures/sample.ts'
import { renderWithI18n } from './render.tsx'

const RACE_IDS = readdirSync(join(PUBLIC, 'races'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

afterEach(cleanup)

function renderTab(raceId: string, code: string) {
  const file = loadSessions(raceId)
  const { container } = renderWithI18n(
    <SessionPanel
      caption={`${raceId} ${code}`}
      session={session(file, code)}
      sessions={file.sessions}
      participants={undefined}
      sorting={[]}
      onSortingChange={() => undefined}
    />,
  )
  return container
}

/** The markers the table draws (◆, P, ⚠ in cells; the podium as a row class), by label. */
function drawn(container: HTMLElement): string[] {
  const body = container.querySelector('tbody')
  const labels = [...(body?.querySelectorAll('.marker') ?? [])].map((m) => m.getAttribute('title'))
  if (body?.querySelector('tr.podium')) labels.push('Podium')
  return [...new Set(labels.filter((label) => label !== null))].sort()
}

/** The markers the legend explains, by label. */
function legend(container: HTMLElement): string[] {
  const entries = [...container.querySelectorAll('.legend dl > div')]
  return entries
    .filter((entry) => entry.querySelector('dt .marker'))
    .map((entry) => entry.querySelector('dd')?.textContent ?? '')
    .sort()
}

describe('legend and markers agree (calc/session-kinds.ts)', () => {
  it('has sample races to check', () => {
    expect(RACE_IDS.length).toBeGreaterThan(20)
  })

  for (const raceId of RACE_IDS) {
    it(`race ${raceId}: every tab's legend lists exactly the markers its table draws`, {
      timeout: 30_000,
    }, () => {
      const file = loadSessions(raceId)
      const codes = file.sessions.filter((s) => s.rows.length > 0).map((s) => s.code)
      expect(codes.length).toBeGreaterThan(0)
      for (const code of codes) {
        const container = renderTab(raceId, code)
        expect(legend(container), `${raceId} ${code}`).toEqual(drawn(container))
        cleanup()
      }
    })
  }

  it('2024 Miami sprint grid: the pole is drawn, the empty "Tours qualif" column is hidden', () => {
    renderTab(RACES.miami2024, 'SGRID')
    const table = screen.getByRole('table')
    const first = within(table).getAllByRole('row')[1]
    expect(first?.querySelector('.marker-pole')).not.toBeNull()
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.replace(/[↕▲▼]/g, ''))
    expect(headers).not.toContain('Tours qualif')
    expect(headers).toContain('Temps qualif')
  })

  it('the grid of a race with qualifying laps keeps its "Tours qualif" column', () => {
    renderTab(RACES.abuDhabi2023, 'GRID')
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent)
    expect(headers.some((text) => text?.startsWith('Tours qualif'))).toBe(true)
  })

  it('2023 Abu Dhabi race: the fastest lap and the penalty are drawn and explained', () => {
    const container = renderTab(RACES.abuDhabi2023, 'RACE')
    const words = drawn(container).map((label) => label.normalize('NFC').replace(/\s/g, ' '))
    expect(words).toEqual(['Meilleur tour en course', 'Podium', 'Pénalité en temps (comprise)'])
    expect(legend(container)).toEqual(drawn(container))
  })

  it('the combined qualifying table: its legend lists exactly the markers it draws', {
    timeout: 120_000,
  }, () => {
    let checked = 0
    for (const raceId of RACE_IDS) {
      const file = loadSessions(raceId)
      const combined = combinedQualifying(file.sessions, file.meta.year)
      if (!combined) continue
      const { container } = renderWithI18n(
        <CombinedQualifyingPanel
          caption={raceId}
          combined={combined}
          sorting={[]}
          onSortingChange={() => undefined}
        />,
      )
      expect(legend(container), raceId).toEqual(drawn(container))
      cleanup()
      checked += 1
    }
    expect(checked).toBeGreaterThan(5)
  })
})
