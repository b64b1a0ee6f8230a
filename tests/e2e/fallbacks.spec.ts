import { axe, expect, test } from './fixtures.ts'

// Optional files: a 404 selects the client-side fallback (labelled), a broken file is named.
test.describe('optional files', () => {
  test('without perftime.json the PerfTime is computed locally and says so', async ({
    page,
    consoleErrors,
  }) => {
    await page.route('**/races/1101/perftime.json', (route) =>
      route.fulfill({ status: 404, body: 'nope' }),
    )
    await page.goto('/?race=1101&tab=PERF')
    await expect(page.getByRole('tab', { name: /PerfTime \(calculé localement\)/ })).toBeVisible()
    const table = page.getByRole('table', { name: /PerfTime \(calculé localement\)/ })
    // The panel is a lazy chunk: wait for its first row, then read it.
    await expect(table.locator('tbody tr').first().locator('td')).toHaveText([
      '1',
      'Max Verstappen',
      'Red Bull',
      '1:23.445',
      'Q3',
      '100,00 %',
    ])
    await axe(page)
    // The 404 of the optional file is logged by the browser itself; nothing else.
    expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([])
    consoleErrors.length = 0
  })

  test('without resume.json the summary is computed, lap-chart columns show —', async ({
    page,
    consoleErrors,
  }) => {
    await page.route('**/races/1101/resume.json', (route) =>
      route.fulfill({ status: 404, body: '' }),
    )
    await page.goto('/?race=1101&tab=RESUME')
    const table = page.getByRole('table', { name: /Résumé \(calculé localement\)/ })
    await expect(table).toBeVisible()
    const row = table.getByRole('row', { name: /Max Verstappen/ })
    await expect(row).toBeVisible()
    const cells = await row.locator('td').allInnerTexts()
    const headers = await table.locator('thead tr').last().locator('th').allTextContents()
    const column = (name: string) => headers.findIndex((header) => header.includes(name))
    expect(cells[column('km en tête')]).toBe('—')
    expect(cells[column('Tours en tête')]).toBe('—')
    await expect(page.getByRole('note')).toContainText('resume.json')
    expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([])
    consoleErrors.length = 0
  })

  test('a broken perftime.json is named with its path, the fallback still shows', async ({
    page,
    consoleErrors,
  }) => {
    await page.route('**/races/1101/perftime.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          meta: { race_id: 1101, year: 2023, round: 22 },
          best_times: [{ driver_id: 'x' }],
          global_best: null,
        }),
      }),
    )
    await page.goto('/?race=1101&tab=PERF')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('races/1101/perftime.json')
    await expect(alert).toContainText('best_times[0].driver_id')
    await expect(page.getByRole('table', { name: /PerfTime/ })).toBeVisible()
    await page.getByRole('tab', { name: 'Course' }).click()
    await expect(page.getByRole('table', { name: /Course/ })).toBeVisible()
    expect(consoleErrors).toEqual([])
  })

  test('a race that does not exist gets a clear page', async ({ page, consoleErrors }) => {
    await page.goto('/?race=424242')
    await expect(page.getByRole('heading', { name: 'Course introuvable' })).toBeVisible()
    await expect(page.getByText('races/424242/sessions.json')).toBeVisible()
    await axe(page)
    expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([])
    consoleErrors.length = 0
  })
})
