import { readFile } from 'node:fs/promises'
import { axe, expect, test } from './fixtures.ts'

test('the CSV download equals the table shown, sorted as shown', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/?race=1101&tab=Q2&sort=-laps')
  const table = page.getByRole('table', { name: /Qualif 2/ })
  await expect(table).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Télécharger (CSV)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('abu-dhabi-grand-prix-2023-q2.csv')
  const csv = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '')
  const lines = csv.split('\r\n')
  const headers = await table
    .locator('thead th')
    .evaluateAll((ths) =>
      ths.map((th) => (th.querySelector('span')?.textContent ?? th.textContent ?? '').trim()),
    )
  expect(lines[0]).toBe(headers.join(','))
  const rows = await table.locator('tbody tr').count()
  expect(lines).toHaveLength(rows + 1)
  for (let index = 0; index < rows; index += 1) {
    const cells = await table
      .locator('tbody tr')
      .nth(index)
      .locator('td')
      .evaluateAll((tds) =>
        tds.map((td) => {
          const clone = td.cloneNode(true) as HTMLElement
          for (const hidden of clone.querySelectorAll('[aria-hidden="true"], .visually-hidden'))
            hidden.remove()
          return (clone.textContent ?? '').trim()
        }),
      )
    expect(lines[index + 1]).toBe(cells.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','))
  }
  expect(consoleErrors).toEqual([])
})

test('race, tab, sort and language round-trip through the URL, back and forward work', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/?race=1101&tab=EL2&sort=-laps&lang=en')
  await expect(page.getByRole('tab', { name: 'Practice 2' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(page.getByRole('columnheader', { name: /Laps/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await page.getByRole('tab', { name: 'Grid' }).click()
  await expect(page).toHaveURL(/tab=GRID/)
  await expect(page).not.toHaveURL(/sort=/)
  await page.goBack()
  await expect(page.getByRole('tab', { name: 'Practice 2' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(page.getByRole('columnheader', { name: /Laps/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await page.goForward()
  await expect(page.getByRole('tab', { name: 'Grid' })).toHaveAttribute('aria-selected', 'true')
  await page.getByRole('button', { name: 'FR' }).click()
  await expect(page).not.toHaveURL(/lang=/)
  await expect(page.getByRole('tab', { name: 'Grille' })).toHaveAttribute('aria-selected', 'true')
  expect(consoleErrors).toEqual([])
})

test('race tab switches between gap to the leader and interval to the car ahead', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/?race=1101&tab=RACE')
  const table = page.getByRole('table', { name: /Course/ })
  await expect(table.getByRole('row', { name: /George Russell/ })).toContainText('+20.328')
  await page.getByRole('button', { name: 'Au précédent' }).click()
  await expect(page).toHaveURL(/gap=interval/)
  await expect(table.getByRole('row', { name: /George Russell/ })).toContainText('+2.335')
  await axe(page)
  expect(consoleErrors).toEqual([])
})

test('previous / next Grand Prix links follow the season', async ({ page, consoleErrors }) => {
  await page.goto('/?race=1101&tab=GRID')
  await page.getByRole('link', { name: /GP précédent/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Las Vegas Grand Prix 2023')
  await expect(page.getByRole('tab', { name: 'Grille' })).toHaveAttribute('aria-selected', 'true')
  expect(consoleErrors).toEqual([])
})

test('lapped cars read "+1 tour" in French and "+1 lap" in English', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/?race=1101&tab=RACE')
  const row = page
    .getByRole('table', { name: /Course/ })
    .getByRole('row', { name: /Valtteri Bottas/ })
  await expect(row).toContainText('+1 tour')
  await page.goto('/?race=1101&tab=RACE&lang=en')
  await expect(
    page.getByRole('table', { name: /Race/ }).getByRole('row', { name: /Valtteri Bottas/ }),
  ).toContainText('+1 lap')
  expect(consoleErrors).toEqual([])
})
