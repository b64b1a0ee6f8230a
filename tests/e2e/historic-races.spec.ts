import { axe, expect, rowTexts, test } from './fixtures.ts'

test('1989 Brazil: pre-qualifying, two qualifying sessions, warm-up, every tab', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(60_000) // every tab, the combined qualifying one included, then axe
  await page.goto('/?race=469')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brazilian Grand Prix 1989')
  await expect(page.getByRole('tab', { name: 'Course' })).toBeVisible()
  const names = await page.getByRole('tab').allInnerTexts()
  expect(names).toEqual(
    expect.arrayContaining([
      'Warm-up',
      'Pré-qualif',
      'Qualifications',
      'Qualif 1',
      'Qualif 2',
      'Grille',
      'Course',
      'Meilleur tour',
    ]),
  )
  for (const name of names) {
    await page.getByRole('tab', { name }).click()
    await expect(page.getByRole('tabpanel').getByRole('table').first()).toBeVisible()
  }
  await page.getByRole('tab', { name: 'Course' }).click()
  const winner = await rowTexts(page, /Course/, 0)
  expect(winner).toContain('Nigel Mansell')
  await axe(page)
  expect(consoleErrors).toEqual([])
})

test('1976 Brazil: exported with the legacy codes GRILLE/COURSE/MT, shown as usual', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/?race=265&tab=grille')
  await expect(page.getByRole('tab', { name: 'Grille' })).toHaveAttribute('aria-selected', 'true')
  await page.getByRole('tab', { name: 'Course' }).click()
  const winner = await rowTexts(page, /Course/, 0)
  expect(winner).toContain('Niki Lauda')
  await page.getByRole('tab', { name: 'Meilleur tour' }).click()
  await expect(page.getByRole('table', { name: /Meilleur tour/ })).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('2024 Miami sprint weekend: sprint tabs in order', async ({ page, consoleErrors }) => {
  await page.goto('/?race=1107&lang=en')
  await expect(page.getByRole('tab', { name: 'Race', exact: true })).toBeVisible()
  const names = await page.getByRole('tab').allInnerTexts()
  const sprint = names.indexOf('Sprint')
  expect(sprint).toBeGreaterThan(names.indexOf('Practice 1'))
  expect(sprint).toBeLessThan(names.indexOf('Grid'))
  await page.getByRole('tab', { name: 'Sprint', exact: true }).click()
  const winner = await rowTexts(page, /Sprint/, 0)
  expect(winner).toContain('Max Verstappen')
  await axe(page)
  expect(consoleErrors).toEqual([])
})
