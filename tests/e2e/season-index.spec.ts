import { axe, expect, rowTexts, test } from './fixtures.ts'

test('index lists races by season and opens one', async ({ page, consoleErrors }) => {
  await page.goto('/')
  // One season at a time, the newest first; any other one step away in the season picker.
  await expect(page.getByRole('heading', { name: 'Saison 2024' })).toBeVisible()
  await page.getByLabel('Saison', { exact: true }).selectOption('2023')
  await expect(page.getByRole('heading', { name: 'Saison 2023' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Abu Dhabi Grand Prix/ }).first()).toBeVisible()
  await axe(page)
  await page
    .getByRole('link', { name: /Bahrain Grand Prix/ })
    .first()
    .click()
  // A page path on the prerendered index (/races/<id>/), the query form elsewhere.
  await expect(page).toHaveURL(/race=|\/races\/\d+\//)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bahrain Grand Prix')
  await page.goBack()
  await expect(page.getByRole('heading', { name: 'Saison 2023' })).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('the open-by-id box opens a race', async ({ page, consoleErrors }) => {
  await page.goto('/')
  await page.getByLabel('Identifiant de course').fill('1101')
  await page.getByRole('button', { name: 'Ouvrir' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abu Dhabi Grand Prix 2023')
  expect(consoleErrors).toEqual([])
})

test('season 2023 shows the final standings', async ({ page, consoleErrors }) => {
  await page.goto('/?season=2023')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Championnat 2023')
  const first = await rowTexts(page, /Pilotes/, 0)
  expect(first.slice(0, 2)).toEqual(['1', 'Max Verstappen'])
  expect(first).toContain('575')
  expect(first).toContain('19') // wins
  const team = await rowTexts(page, /Constructeurs/, 0)
  expect(team).toContain('860')
  await axe(page)
  expect(consoleErrors).toEqual([])
})
