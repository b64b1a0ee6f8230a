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
