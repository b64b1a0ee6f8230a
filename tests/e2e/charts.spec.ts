import { axe, expect, test } from './fixtures.ts'

test('2023 Abu Dhabi: a lap chart of 20 cars over 58 laps, followed by keyboard', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/?race=1101')
  const tab = page.getByRole('tab', { name: 'Tour par tour' })
  await tab.click()
  await expect(page).toHaveURL(/tab=laps|tab=LAPS/i)
  const chart = page.getByRole('img', { name: /20 voitures sur 58 tours/ })
  await expect(chart).toBeVisible()
  await expect(chart.locator('g.lap-line')).toHaveCount(20)
  // The screen reader's twin: 20 rows, the grid and 58 laps.
  const table = page.getByRole('table', { name: 'Positions tour par tour' })
  await expect(table.locator('tbody tr')).toHaveCount(20)
  await expect(table.locator('thead th')).toHaveCount(60)
  await page.getByRole('button', { name: 'Yuki Tsunoda' }).focus()
  await expect(chart.locator('g.lap-line.dim')).toHaveCount(19)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Yuki Tsunoda' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await axe(page)
  expect(consoleErrors).toEqual([])
})

test('a race without laps.json has no lap chart tab', async ({ page, consoleErrors }) => {
  await page.goto('/?race=1057&lang=en')
  await expect(page.getByRole('tab', { name: 'Summary' })).toBeVisible()
  // The probe runs after the first paint: give it time to answer, then the tab must be absent.
  await page.waitForLoadState('networkidle')
  await expect(page.getByRole('tab', { name: 'Lap chart' })).toHaveCount(0)
  expect(consoleErrors).toEqual([])
})

for (const scheme of ['light', 'dark'] as const) {
  test(`season 2023 (${scheme}, phone): matrix and progressions, axe-clean`, async ({
    page,
    consoleErrors,
  }) => {
    // ~600 matrix cells and two hidden tables: axe needs more than the default 30 s on a busy machine.
    test.setTimeout(120_000)
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 360, height: 800 })
    await page.goto('/?season=2023&lang=en')
    const matrix = page.getByRole('region', { name: 'Results by round' }).getByRole('table')
    const max = matrix.locator('tbody tr').first()
    await expect(max.locator('th')).toHaveText('Max Verstappen')
    await expect(max.locator('td.cell-win')).toHaveCount(19)
    await expect(max.locator('td').last()).toHaveText('575')
    const drivers = page.getByRole('img', { name: 'Drivers’ points, round by round' })
    await expect(drivers.locator('g.progression-line')).toHaveCount(5)
    await page.getByRole('button', { name: 'Lando Norris' }).click()
    await expect(drivers.locator('g.progression-line')).toHaveCount(6)
    await expect(
      page.getByRole('img', { name: 'Constructors’ points, round by round' }),
    ).toBeVisible()
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(360)
    await axe(page)
    expect(consoleErrors).toEqual([])
  })
}
