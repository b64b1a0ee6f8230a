import type { Page } from '@playwright/test'
import { axe, expect, test } from './fixtures.ts'

// Issue 15 (layout): on a phone the key columns of every row are in view without a sideways
// swipe, the header row stays in view, the season shows its points; on a desktop no tab label
// is cut, even on a sprint weekend with every tab; the grouped tabs keep the keyboard.
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }

/** The index (0-based) of each named column in the table's last header row. */
async function columnIndexes(page: Page, table: string, names: RegExp[]) {
  const headers = await page
    .getByRole('table', { name: table })
    .locator('thead tr')
    .last()
    .locator('th')
    .allInnerTexts()
  return names.map((name) => {
    const index = headers.findIndex((header) => name.test(header))
    expect(index, `${name} in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0)
    return index
  })
}

/** Every cell of those columns, in every row, lies inside the window and inside the table box. */
async function expectCellsInView(page: Page, table: string, indexes: number[]) {
  const result = await page.getByRole('table', { name: table }).evaluate((element, columns) => {
    const box = element.closest('.table-scroll') as HTMLElement
    const frame = box.getBoundingClientRect()
    const outside: string[] = []
    for (const row of element.querySelectorAll('tbody tr')) {
      for (const index of columns) {
        const cell = row.children[index] as HTMLElement | undefined
        const rect = cell?.getBoundingClientRect()
        if (!cell || !rect || rect.width === 0) outside.push(`missing ${index}`)
        else if (rect.left < 0 || rect.right > window.innerWidth || rect.right > frame.right + 1)
          outside.push(`${cell.textContent} at ${rect.left}-${rect.right}`)
      }
    }
    return {
      outside,
      rows: element.querySelectorAll('tbody tr').length,
      boxScrolls: box.scrollWidth > box.clientWidth,
      pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      scrollLeft: box.scrollLeft + window.scrollX,
    }
  }, indexes)
  expect(result.outside).toEqual([])
  expect(result.rows).toBeGreaterThan(0)
  expect(result.boxScrolls, 'the table scrolls sideways').toBe(false)
  expect(result.pageScrolls, 'the page scrolls sideways').toBe(false)
  expect(result.scrollLeft).toBe(0)
}

for (const path of ['/races/1101/race/', '/?race=1101&tab=RACE']) {
  test(`phone: ${path} shows Pos, driver and Temps/Écart of every row, no sideways scroll`, async ({
    page,
    consoleErrors,
  }) => {
    await page.setViewportSize(PHONE)
    await page.goto(path)
    const name = /^Course — /
    await expect(page.getByRole('table', { name })).toBeVisible()
    const key = await columnIndexes(page, 'Course — Abu Dhabi Grand Prix 2023', [
      /Pos/,
      /Pilote/,
      /Temps\/Écart/,
      /Pts/,
    ])
    await expectCellsInView(page, 'Course — Abu Dhabi Grand Prix 2023', key)
    // The one retirement says so in its gap cell; the rest of the columns are one tap away.
    const sainz = page.getByRole('row', { name: /Carlos Sainz/ })
    await expect(sainz).toContainText('ab')
    await expect(page.getByRole('columnheader', { name: /Écurie/ })).toBeHidden()
    // A prerendered page's buttons answer once the app has hydrated it (its tab links before).
    await page.waitForFunction(() => performance.getEntriesByName('gp-page:interactive').length > 0)
    await page.getByRole('button', { name: '+ 6 colonnes' }).click()
    await expect(page.getByRole('button', { name: '+ 6 colonnes' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(page.getByRole('columnheader', { name: /Écurie/ })).toBeVisible()
    // Every column now: the table scrolls beside its pinned position and driver.
    const pinned = await page.evaluate(() => {
      const box = document.querySelector('.table-scroll') as HTMLElement
      box.scrollLeft = box.scrollWidth
      const driver = document.querySelector('tbody tr td.sticky-2') as HTMLElement
      return { scrolls: box.scrollLeft > 0, left: driver.getBoundingClientRect().left }
    })
    expect(pinned.scrolls).toBe(true)
    expect(pinned.left).toBeGreaterThanOrEqual(0)
    expect(pinned.left).toBeLessThan(120)
    await axe(page)
    expect(consoleErrors).toEqual([])
  })
}

test('phone: the header row stays in view', async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 390, height: 500 })
  await page.goto('/races/1101/race/')
  const table = page.getByRole('table', { name: /^Course — / })
  await table.getByRole('row', { name: /Kevin Magnussen/ }).scrollIntoViewIfNeeded()
  const [header, last] = await Promise.all([
    table.locator('thead th').first().boundingBox(),
    table.getByRole('row', { name: /Kevin Magnussen/ }).boundingBox(),
  ])
  expect(header && last).toBeTruthy()
  if (!header || !last) return
  // The last row is in view, and so is the header row, above it.
  expect(last.y + last.height).toBeLessThanOrEqual(500)
  expect(header.y).toBeGreaterThanOrEqual(0)
  expect(header.y + header.height).toBeLessThanOrEqual(last.y)
  // The table's top has gone above the window: the header row is held at the top of it.
  const top = await table.evaluate((element) => element.getBoundingClientRect().top)
  expect(top).toBeLessThan(0)
  expect(header.y).toBeLessThan(2)
  expect(consoleErrors).toEqual([])
})

for (const path of ['/?season=2023', '/seasons/2023/']) {
  test(`phone: ${path} shows the drivers' points`, async ({ page, consoleErrors }) => {
    await page.setViewportSize(PHONE)
    await page.goto(path)
    const table = 'Championnat 2023 — Pilotes'
    await expect(page.getByRole('table', { name: table })).toBeVisible()
    const key = await columnIndexes(page, table, [/Rang/, /Pilote/, /Points/])
    await expectCellsInView(page, table, key)
    expect(consoleErrors).toEqual([])
  })
}

test('phone: the Résumé opens on its key figures', async ({ page, consoleErrors }) => {
  await page.setViewportSize(PHONE)
  await page.goto('/races/1101/resume/')
  const key = await columnIndexes(page, 'Résumé', [
    /Pilote/,
    /Pos course/,
    /PerfTime %/,
    /Tours en tête/,
  ])
  await expectCellsInView(page, 'Résumé', key)
  const resume = page.getByRole('table', { name: 'Résumé' })
  await expect(resume.getByRole('row', { name: /Max Verstappen/ })).toContainText('52')
  await axe(page)
  expect(consoleErrors).toEqual([])
})

test('phone: the selected tab is scrolled into view', async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const tab of ['champ', 'fl', 'el1']) {
    await page.goto(`/races/1083/${tab}/`)
    const selected = page.locator('[role="tab"][aria-selected="true"]')
    await expect(selected).toBeInViewport({ ratio: 0.99 })
  }
  expect(consoleErrors).toEqual([])
})

test('desktop: no tab label cut (17 tabs)', async ({ page, consoleErrors }) => {
  await page.setViewportSize(DESKTOP)
  for (const lang of ['fr', 'en']) {
    await page.goto(`/races/1083/race/?lang=${lang}`)
    const tabs = page.getByRole('tab')
    await expect(tabs).toHaveCount(17)
    const cut = await tabs.evaluateAll((elements) =>
      elements
        .filter((tab) => {
          const rect = tab.getBoundingClientRect()
          const list = tab.closest('[role="tablist"]')?.getBoundingClientRect()
          return (
            tab.scrollWidth > tab.clientWidth ||
            !list ||
            rect.left < list.left ||
            rect.right > list.right
          )
        })
        .map((tab) => tab.textContent),
    )
    expect(cut, lang).toEqual([])
  }
  await axe(page)
  expect(consoleErrors).toEqual([])
})

test('desktop: arrow keys cross groups', async ({ page, consoleErrors }) => {
  await page.setViewportSize(DESKTOP)
  await page.goto('/?race=1083&tab=EL1')
  // The panel's table is drawn by the page's script: the keys are handled from then on.
  await expect(page.getByRole('table', { name: /^Essais libres 1/ })).toBeVisible()
  await page.getByRole('tab', { name: 'Essais libres 1' }).focus()
  await page.keyboard.press('ArrowRight')
  // From practice to qualifying: the next group's first tab.
  await expect(page.getByRole('tab', { name: 'Qualifications' })).toBeFocused()
  await expect(page.getByRole('tab', { name: 'Qualifications' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('tab', { name: 'Essais libres 1' })).toBeFocused()
  await page.keyboard.press('End')
  await expect(page.getByRole('tab', { name: 'Championnat' })).toBeFocused()
  await expect(page.getByRole('tabpanel')).toBeVisible()
  expect(consoleErrors).toEqual([])
})
