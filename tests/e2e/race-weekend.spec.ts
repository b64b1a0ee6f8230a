import { axe, expect, rowTexts, test } from './fixtures.ts'

// The race weekend as fans read it (issue 14), on the sample data: 2023 Abu Dhabi (race 1101)
// and 2023 Monaco (race 1085, round 6). The figures are F1DB's (tests/calc check them).

test('2023 Abu Dhabi: header, race table with points/grid/penalty, combined qualifying', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/?race=1101&tab=RACE')
  const header = page.getByRole('region', { name: 'Le week-end' })
  await expect(header).toContainText('1:26.993, tour 45')
  await expect(header).toContainText('Max Verstappen 52 tours')
  await expect(header).toContainText('Yuki Tsunoda 5 tours')
  await expect(header).toContainText('Charles Leclerc 1 tour')

  const table = page.getByRole('table', { name: /Course/ })
  const verstappen = table.getByRole('row', { name: /Max Verstappen/ })
  await expect(verstappen).toContainText('26')
  await expect(verstappen).toContainText('Meilleur tour en course')
  const perez = table.getByRole('row', { name: /Sergio Pérez/ })
  await expect(perez).toContainText('+5 s')
  await expect(perez).toContainText('5 places gagnées')
  const perezCells = await rowTexts(page, /Course/, 3)
  expect(perezCells).toContain('9')
  await expect(table.getByRole('row', { name: /George Russell/ })).toContainText('1 place gagnée')
  await axe(page)

  // The pole in the header opens the grid.
  await header.getByRole('link', { name: 'Max Verstappen' }).nth(1).click()
  await expect(page.getByRole('tab', { name: 'Grille' })).toHaveAttribute('aria-selected', 'true')

  await page.getByRole('tab', { name: 'Qualifications' }).click()
  const quali = page.getByRole('table', { name: /Qualifications/ })
  await expect(quali.getByRole('columnheader', { name: /Q3/ })).toBeVisible()
  await expect(quali.getByRole('row', { name: /Max Verstappen/ })).toContainText(
    '1:23.445◆Meilleur temps du pilote',
  )
  await axe(page)
  expect(consoleErrors).toEqual([])
})

test('2023 Monaco championship tab: the standings after round 6, in English too', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/?race=1085&tab=CHAMP')
  await expect(page.getByRole('heading', { name: /après la manche 6/ })).toBeVisible()
  const first = await rowTexts(page, /après la manche 6.*Pilotes/, 0)
  expect(first).toContain('Max Verstappen')
  expect(first).toContain('144')
  expect(first).toContain('+25')
  await axe(page)
  await page.goto('/?race=1085&tab=CHAMP&lang=en')
  await expect(page.getByRole('heading', { name: /Standings after round 6/ })).toBeVisible()
  expect(consoleErrors).toEqual([])
})
