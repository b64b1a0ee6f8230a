import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

/**
 * Prerendered pages (issue 17): the HTML holds the table before any script, and the app hydrates
 * it with the data it was made from, without a request for that view or a console error.
 */
const sessions = (
  JSON.parse(readFileSync('public/races/1101/sessions.json', 'utf8')) as {
    sessions: { code: string; rows: unknown[] }[]
  }
).sessions
const codes = sessions.map((session) => session.code)
/** The rows a tab's table has at least: its session's drivers, else (PerfTime…) ten. */
const minRows = (tab: string) =>
  sessions.find((session) => session.code.toLowerCase() === tab)?.rows.length ?? 10
const TABS = [...codes, 'PERF', 'RESUME', 'CHAMP'].map((code) => code.toLowerCase())

/** Counts the .json requests of a page from now on. */
function jsonRequests(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('.json')) urls.push(request.url())
  })
  return urls
}

test('the raw HTML of a race page and of each tab page holds its rows', async ({ request }) => {
  for (const path of ['/races/1101/', ...TABS.map((tab) => `/races/1101/${tab}/`)]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const html = await response.text()
    expect(html, path).toContain('<title>Abu Dhabi Grand Prix 2023')
    expect(html, path).toMatch(/<meta name="description" content="Abu Dhabi Grand Prix 2023, /)
    expect(html, path).toContain('<a href="/races/1101/grid/" role="tab"')
    expect(html, path).toContain('id="gp-page-data"')
    expect(html, path).not.toContain('style="')
    expect(html, path).not.toContain('<!--$!-->')
    const rows = html.match(/<tr[ >]/g)?.length ?? 0
    expect(rows, path).toBeGreaterThan(minRows(path.split('/')[3] || 'race'))
    if (!path.includes('champ')) expect(html, path).toContain('Max Verstappen')
  }
  const season = await (await request.get('/seasons/2023/')).text()
  expect(season).toContain('<title>Saison 2023')
  expect(season).toContain('Max Verstappen')
})

test('reads well with JavaScript off, and its tab links are pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/races/1101/')
  await expect(page.getByRole('table', { name: /Course/ })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Max Verstappen' }).first()).toBeVisible()
  await page.getByRole('tab', { name: 'Grille' }).click()
  await expect(page).toHaveURL(/\/races\/1101\/grid\/$/)
  await expect(page.getByRole('table', { name: /Grille/ })).toBeVisible()
  await context.close()
})

for (const path of [
  '/races/1101/',
  // Without the final slash: the same page, answered directly (no redirect), hydrates as well.
  '/races/1101',
  '/races/1101/grid',
  '/races/1101/perf/',
  '/races/1101/resume/',
  '/races/1101/champ/',
  '/seasons/2023/',
  '/',
]) {
  test(`${path} hydrates with no .json request and no console error`, async ({
    page,
    consoleErrors,
  }) => {
    const requests = jsonRequests(page)
    await page.goto(path)
    await page.waitForFunction(() => performance.getEntriesByName('gp-page:interactive').length > 0)
    await page.waitForLoadState('networkidle')
    expect(requests).toEqual([])
    expect(consoleErrors).toEqual([])
  })
}

test('after hydration tabs, sorting, CSV and back still work', async ({ page, consoleErrors }) => {
  await page.goto('/races/1101/')
  await page.waitForFunction(() => performance.getEntriesByName('gp-page:interactive').length > 0)
  const requests = jsonRequests(page)
  await page.getByRole('tab', { name: 'Grille' }).click()
  await expect(page).toHaveURL(/\/races\/1101\/grid\/$/)
  await expect(page.getByRole('table', { name: /Grille/ })).toBeVisible()
  expect(requests).toEqual([])
  await page.getByRole('tab', { name: /PerfTime/ }).click()
  await expect(page).toHaveURL(/\/races\/1101\/perf\/$/)
  const table = page.getByRole('table').first()
  const header = table.getByRole('columnheader').nth(1)
  await header.getByRole('button').click()
  await expect(page).toHaveURL(/\/races\/1101\/perf\/\?sort=/)
  await expect(header).toHaveAttribute('aria-sort', /ascending|descending/)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Télécharger (CSV)' }).click()
  expect((await download).suggestedFilename()).toBe('abu-dhabi-grand-prix-2023-perf.csv')
  await page.goBack()
  await expect(page).toHaveURL(/\/races\/1101\/grid\/$/)
  await expect(page.getByRole('tab', { name: 'Grille' })).toHaveAttribute('aria-selected', 'true')
  expect(consoleErrors).toEqual([])
})

test('before the app runs: the stored theme, embed and another language', async ({
  page,
  consoleErrors,
}) => {
  let release: () => void = () => undefined
  const held = new Promise<void>((done) => {
    release = done
  })
  await page.route('**/assets/index-*.js', async (route) => {
    await held
    await route.continue()
  })
  await page.addInitScript(() => localStorage.setItem('gp-page:theme', 'dark'))
  // The entry is held: DOMContentLoaded waits for module scripts, so only the commit is awaited.
  await page.goto('/races/1101/?embed=1', { waitUntil: 'commit' })
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await expect(page.locator('html')).toHaveClass(/\bembed\b/)
  await expect(page.locator('.site-header')).toBeHidden()
  await page.goto('/races/1101/grid/?lang=en', { waitUntil: 'commit' })
  await expect(page.locator('html')).toHaveClass(/gp-pending/)
  release()
  await expect(page.getByRole('tab', { name: 'Grid' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator('html')).not.toHaveClass(/gp-pending/)
  expect(consoleErrors).toEqual([])
})

test('embed=1 on a prerendered page: compact, no header, no error', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/races/1101/perf/?embed=1')
  await page.waitForFunction(() => performance.getEntriesByName('gp-page:interactive').length > 0)
  await expect(page.locator('.site-header')).toHaveCount(0)
  await expect(page.getByRole('table').first()).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('query URLs keep rendering in the browser from the shell', async ({ page, consoleErrors }) => {
  const response = await page.goto('/?race=1101&tab=GRID')
  expect(await response?.text()).not.toContain('gp-page-data')
  await expect(page.getByRole('table', { name: /Grille/ })).toBeVisible()
  const unknown = await page.request.get('/races/999999/')
  expect(unknown.status()).toBe(404)
  expect(consoleErrors).toEqual([])
})
