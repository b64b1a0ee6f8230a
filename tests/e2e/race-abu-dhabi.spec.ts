import { axe, expect, rowTexts, test } from './fixtures.ts'

// 2023 Abu Dhabi Grand Prix, F1DB race 1101: every tab, real values.
const RACE = '/?race=1101'

test.describe('2023 Abu Dhabi Grand Prix', () => {
  test('race tab: Verstappen wins, Sainz retired with an engine failure', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(`${RACE}&tab=RACE`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abu Dhabi Grand Prix 2023')
    await expect(page.getByText('Yas Marina, Émirats arabes unis')).toBeVisible()
    const table = page.getByRole('table', { name: /Course/ })
    await expect(table).toBeVisible()
    const first = await rowTexts(page, /Course/, 0)
    expect(first[0]).toContain('1')
    expect(first).toContain('Max Verstappen')
    expect(first).toContain('1:27:02.624')
    const second = await rowTexts(page, /Course/, 1)
    expect(second).toContain('+17.993')
    await expect(table.getByRole('row', { name: /Carlos Sainz Jr\./ })).toContainText('Moteur')
    await axe(page)
    expect(consoleErrors).toEqual([])
  })

  test('every tab renders a table, in weekend order', async ({ page, consoleErrors }) => {
    await page.goto(RACE)
    const tabs = page.getByRole('tab')
    await expect(page.getByRole('tab', { name: 'Championnat' })).toBeVisible()
    // The lap chart tab is there once laps.json has answered (the page waits for it).
    await expect(page.getByRole('tab', { name: 'Tour par tour' })).toBeVisible()
    await expect(tabs).toHaveText([
      'Essais libres 1',
      'Essais libres 2',
      'Essais libres 3',
      'Qualifications',
      'Qualif 1',
      'Qualif 2',
      'Qualif 3',
      'Grille',
      'Course',
      'Meilleur tour',
      'PerfTime',
      'Résumé',
      'Tour par tour',
      'Championnat',
    ])
    for (const name of await tabs.allInnerTexts()) {
      await page.getByRole('tab', { name }).click()
      await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true')
      // The lap chart is a picture (its table is for screen readers); every other tab a table.
      const shown =
        name === 'Tour par tour'
          ? page.getByRole('tabpanel').getByRole('img').first()
          : page.getByRole('tabpanel').getByRole('table').first()
      await expect(shown).toBeVisible()
    }
    expect(consoleErrors).toEqual([])
  })

  test('fastest lap tab shows the lap of each fastest lap', async ({ page, consoleErrors }) => {
    await page.goto(`${RACE}&tab=FL`)
    const first = await rowTexts(page, /Meilleur tour/, 0)
    expect(first).toContain('Max Verstappen')
    expect(first).toContain('1:26.993')
    expect(first.at(-1)).toBe('45')
    await expect(page.getByRole('columnheader', { name: 'Tour', exact: true })).toBeVisible()
    await axe(page)
    expect(consoleErrors).toEqual([])
  })

  test('grid tab shows qualifying laps (total_laps_q) and the pole', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(`${RACE}&tab=GRID`)
    await expect(page.getByRole('columnheader', { name: 'Tours qualif' })).toBeVisible()
    const first = await rowTexts(page, /Grille/, 0)
    expect(first).toContain('Max Verstappen')
    expect(first).toContain('1:23.445')
    expect(first).toContain('15')
    await expect(page.getByRole('tabpanel').getByText('Pole position').first()).toBeAttached()
    await axe(page)
    expect(consoleErrors).toEqual([])
  })

  test('summary shows 52 laps led by Verstappen', async ({ page, consoleErrors }) => {
    await page.goto(`${RACE}&tab=RESUME`)
    const table = page.getByRole('table', { name: /Résumé/ })
    await expect(table).toBeVisible()
    const row = table.getByRole('row', { name: /Max Verstappen/ })
    await expect(row).toBeVisible()
    const headers = await table.locator('thead tr').last().locator('th').allInnerTexts()
    const cells = await row.locator('td').allInnerTexts()
    const offset = cells.length - headers.length
    const led = headers.findIndex((h) => h.includes('Tours en tête'))
    expect(cells[led + offset]).toBe('52')
    await expect(page.getByText('calculé localement')).toHaveCount(0)
    await axe(page)
    expect(consoleErrors).toEqual([])
  })

  test('qualifying gaps are computed and % shown in the reader locale', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(`${RACE}&tab=Q3`)
    const second = await rowTexts(page, /Qualif 3/, 1)
    expect(second).toContain('Charles Leclerc')
    expect(second).toContain('+0.139')
    expect(second).toContain('100,17')
    await page.goto(`${RACE}&tab=Q3&lang=en`)
    const english = await rowTexts(page, /Qualifying 3/, 1)
    expect(english).toContain('100.17')
    expect(consoleErrors).toEqual([])
  })

  test('sorting by gap is kept in the URL and is keyboard-operable', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(`${RACE}&tab=EL1`)
    const sortButton = page.getByRole('button', { name: /Temps/ })
    await sortButton.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/sort=time/)
    await expect(page.getByRole('columnheader', { name: /Temps/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/sort=-time/)
    expect(consoleErrors).toEqual([])
  })

  test('tabs move with the arrow keys', async ({ page, consoleErrors }) => {
    await page.goto(`${RACE}&tab=RACE`)
    await page.getByRole('tab', { name: 'Course' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('tab', { name: 'Meilleur tour' })).toBeFocused()
    await expect(page).toHaveURL(/tab=FL/)
    await page.keyboard.press('End')
    await expect(page.getByRole('tab', { name: 'Championnat' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    expect(consoleErrors).toEqual([])
  })
})
