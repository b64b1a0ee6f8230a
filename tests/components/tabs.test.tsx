/** @vitest-environment happy-dom */
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { Tabs } from '../../src/components/tabs.tsx'
import { renderWithI18n } from './render.tsx'

function Harness() {
  const [selected, setSelected] = useState('RACE')
  return (
    <Tabs
      label="Séances"
      tabs={[
        { id: 'GRID', label: 'Grille' },
        { id: 'RACE', label: 'Course' },
        { id: 'FL', label: 'Meilleur tour' },
      ]}
      selected={selected}
      onSelect={setSelected}
      hrefOf={(id) => `/races/1101/${id.toLowerCase()}/`}
    >
      <p>panel {selected}</p>
    </Tabs>
  )
}

describe('Tabs', () => {
  it('follows the ARIA tabs pattern with arrow keys, Home and End', async () => {
    renderWithI18n(<Harness />)
    const user = userEvent.setup()
    expect(screen.getByRole('tablist', { name: 'Séances' })).toBeTruthy()
    const race = screen.getByRole('tab', { name: 'Course' })
    expect(race.getAttribute('aria-selected')).toBe('true')
    expect(screen.getByRole('tabpanel').textContent).toBe('panel RACE')
    race.focus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Meilleur tour' }).getAttribute('aria-selected')).toBe(
      'true',
    )
    expect(document.activeElement?.textContent).toBe('Meilleur tour')
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Grille' }).getAttribute('aria-selected')).toBe('true')
    await user.keyboard('{End}')
    expect(screen.getByRole('tabpanel').textContent).toBe('panel FL')
    await user.keyboard('{Home}')
    expect(screen.getByRole('tabpanel').textContent).toBe('panel GRID')
    // Only the selected tab is in the tab order.
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([0, -1, -1])
  })
})

describe('Tabs in groups', () => {
  it('draws a heading per run of one group, hidden from the tablist, and keys cross groups', async () => {
    function Grouped() {
      const [selected, setSelected] = useState('Q1')
      return (
        <Tabs
          label="Séances"
          tabs={[
            { id: 'EL1', label: 'Essais libres 1', group: 'Essais' },
            { id: 'Q1', label: 'Qualif 1', group: 'Qualifications' },
            { id: 'RACE', label: 'Course', group: 'Course' },
          ]}
          selected={selected}
          onSelect={setSelected}
          hrefOf={(id) => `/races/1101/${id.toLowerCase()}/`}
        >
          <p>panel {selected}</p>
        </Tabs>
      )
    }
    const { container } = renderWithI18n(<Grouped />)
    const headings = [...container.querySelectorAll('.tab-group-label')]
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'Essais',
      'Qualifications',
      'Course',
    ])
    expect(headings.every((heading) => heading.getAttribute('aria-hidden') === 'true')).toBe(true)
    // The tabs' names stay their own: no group heading leaks into them.
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Essais libres 1',
      'Qualif 1',
      'Course',
    ])
    screen.getByRole('tab', { name: 'Qualif 1' }).focus()
    const user = userEvent.setup()
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement?.textContent).toBe('Course')
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(screen.getByRole('tabpanel').textContent).toBe('panel EL1')
  })
})
