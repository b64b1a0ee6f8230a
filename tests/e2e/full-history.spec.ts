import { axe, expect, rowTexts, test } from './fixtures.ts'

// The whole F1DB history (.full-history/exports, 1,172 races), served by the "full-history"
// project of playwright.config.ts: one race per decade, a shared car, a race not run yet, two
// championships and the index search, as a reader meets them.

const DECADES: Array<[number, string, string]> = [
  [21, 'German Grand Prix 1952', 'Alberto Ascari'],
  [97, 'Belgian Grand Prix 1961', 'Phil Hill'],
  [265, 'Brazilian Grand Prix 1976', 'Niki Lauda'],
  [404, 'Portuguese Grand Prix 1984', 'Alain Prost'],
  [547, 'Japanese Grand Prix 1993', 'Ayrton Senna'],
  [700, 'Brazilian Grand Prix 2003', 'Giancarlo Fisichella'],
  [900, 'Bahrain Grand Prix 2014', 'Lewis Hamilton'],
  [1134, 'Spanish Grand Prix 2025', 'Oscar Piastri'],
]

test('one race per decade, 1950s to 2020s: title and winner', async ({ page, consoleErrors }) => {
  test.setTimeout(60_000)
  for (const [race, title, winner] of DECADES) {
    await page.goto(`/?race=${race}&tab=RACE`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    expect(await rowTexts(page, /Course/, 0)).toContain(winner)
  }
  expect(consoleErrors).toEqual([])
})

test('1951 French GP: Fagioli and Fangio share the winning car', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/?race=11&tab=RACE')
  const first = await rowTexts(page, /Course/, 0)
  const second = await rowTexts(page, /Course/, 1)
  expect([first.join(' '), second.join(' ')].join(' ')).toMatch(/Fagioli[\s\S]*Fangio/)
  await axe(page)
  expect(consoleErrors).toEqual([])
})

test('2026 Abu Dhabi, not run yet: said plainly, no tabs, no endless loading', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/?race=1172&lang=en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abu Dhabi Grand Prix 2026')
  await expect(page.getByRole('heading', { name: 'Race not run yet' })).toBeVisible()
  await expect(page.getByText(/Scheduled on .*2026 at Yas Marina/)).toBeVisible()
  await expect(page.getByRole('tab')).toHaveCount(0)
  await expect(page.getByText(/Loading|Chargement/)).toHaveCount(0)
  await axe(page)
  expect(consoleErrors).toEqual([])
})

test('1952 drivers standings; 1984 Tyrrell excluded, readably', async ({ page, consoleErrors }) => {
  await page.goto('/?season=1952')
  expect((await rowTexts(page, /Pilotes/, 0)).slice(0, 2)).toEqual(['1', 'Alberto Ascari'])
  await page.goto('/?season=1984')
  const tyrrell = page.getByRole('table', { name: /Constructeurs/ }).getByRole('row', {
    name: /Tyrrell/,
  })
  await expect(tyrrell).toContainText('exclu')
  await expect(tyrrell.getByTitle('exclu du championnat')).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('index: the current season first, any season in one step, search as one types', async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Saison 2026' })).toBeVisible()
  await expect(page.getByText('à venir').first()).toBeVisible()
  await page.getByLabel('Saison', { exact: true }).selectOption('1952')
  await expect(page.getByRole('heading', { name: 'Saison 1952' })).toBeVisible()
  await expect(page.getByRole('link', { name: /German Grand Prix/ })).toBeVisible()
  const search = page.getByLabel(/Rechercher un Grand Prix/)
  await search.pressSequentially('Monaco')
  await expect(page.getByRole('status').or(page.locator('[aria-live]'))).toContainText(
    /\d+ Grands Prix trouvés/,
  )
  const links = page.locator('.race-list a')
  expect(await links.count()).toBeGreaterThan(60)
  for (const text of await links.allInnerTexts()) expect(text).toMatch(/Monaco/)
  await search.fill('1984')
  await expect(page.locator('[aria-live]')).toHaveText('16 Grands Prix trouvés')
  await expect(links).toHaveCount(16)
  await axe(page)
  expect(consoleErrors).toEqual([])
})
