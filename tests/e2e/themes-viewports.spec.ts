import { axe, expect, test } from './fixtures.ts'

// Phone and desktop, light and dark, French and English: axe-clean (contrast included), no
// horizontal page scroll, the results table scrolls inside itself with its first columns pinned.
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const
const PAGES = [
  '/?race=1101&tab=RACE',
  '/?race=1101&tab=RESUME',
  '/?season=2023',
  '/',
  '/?league=gt-masters&round=201',
  '/?league=gt-masters&standings=12',
]

// One test per page, viewport and scheme: each has its own time budget (two axe scans), and they
// run in parallel.
for (const viewport of VIEWPORTS) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of PAGES) {
      test(`${viewport.name}, ${scheme}, ${path}: FR and EN axe-clean, no overflow`, async ({
        page,
        consoleErrors,
      }) => {
        test.setTimeout(60_000)
        await page.setViewportSize({ width: viewport.width, height: viewport.height })
        await page.emulateMedia({ colorScheme: scheme })
        for (const lang of ['fr', 'en']) {
          await page.goto(`${path}&lang=${lang}`.replace('/&', '/?'))
          await expect(page.locator('main h1')).toBeVisible()
          if (path.includes('race=') || path.includes('league=')) {
            await expect(page.getByRole('table').first()).toBeVisible()
          }
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          )
          expect(overflow, `${path} ${lang} horizontal overflow`).toBeLessThanOrEqual(0)
          await axe(page)
        }
        expect(consoleErrors).toEqual([])
      })
    }
  }
}

test('the theme switch forces dark over a light system, and back to auto', async ({
  page,
  consoleErrors,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/?race=1101&tab=RACE')
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const light = await background()
  await page.getByRole('button', { name: /Thème : Auto/ }).click()
  await expect(page.getByRole('button', { name: /Thème : Clair/ })).toBeVisible()
  await page.getByRole('button', { name: /Thème : Clair/ }).click()
  await expect(page.getByRole('button', { name: /Thème : Sombre/ })).toBeVisible()
  expect(await background()).not.toBe(light)
  await axe(page)
  await page.reload()
  await expect(page.getByRole('button', { name: /Thème : Sombre/ })).toBeVisible()
  await page.getByRole('button', { name: /Thème : Sombre/ }).click()
  expect(await background()).toBe(light)
  expect(consoleErrors).toEqual([])
})

test('on a phone the position and driver columns stay put when the table scrolls', async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/?race=1101&tab=RACE')
  // A phone shows the key columns first (issue 15): every column is one tap away.
  await page.getByRole('button', { name: /\+ \d+ colonnes/ }).click()
  const table = page.getByRole('table', { name: /Course/ })
  const row = table.getByRole('row', { name: /Max Verstappen/ })
  const position = row.getByRole('cell').nth(0)
  const driver = row.getByRole('cell', { name: 'Max Verstappen' })
  const team = row.getByRole('cell').nth(3)
  const before = { position: await position.boundingBox(), team: await team.boundingBox() }
  await page
    .locator('.table-scroll')
    .first()
    .evaluate((element) => {
      element.scrollLeft = 300
    })
  const after = {
    position: await position.boundingBox(),
    driver: await driver.boundingBox(),
    team: await team.boundingBox(),
  }
  // Position stays at the left edge, the driver pinned right after it, the rest scrolls away.
  expect(after.position?.x).toBe(before.position?.x)
  const positionRight = (after.position?.x ?? 0) + (after.position?.width ?? 0)
  expect(Math.abs((after.driver?.x ?? 0) - positionRight)).toBeLessThanOrEqual(1)
  expect(after.team?.x).toBeLessThan((before.team?.x ?? 0) - 100)
  expect(consoleErrors).toEqual([])
})
