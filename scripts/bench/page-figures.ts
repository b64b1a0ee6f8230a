/** Race page figures that need a loaded page: request waves, sorting, switching tabs. */
import type { Browser, Page } from '@playwright/test'
import { clickToFrame, type DataRequest, dataRequests, FETCH_PROBE } from './browser.ts'
import { median } from './stats.ts'

export interface Waves {
  count: number
  /** "wave 1: a.json, b.json; wave 2: c.json" */
  summary: string
  requests: DataRequest[]
}

function describeWaves(requests: DataRequest[]): Waves {
  const count = Math.max(0, ...requests.map((request) => request.wave))
  const summary = Array.from({ length: count }, (_, index) => {
    const paths = requests.filter((request) => request.wave === index + 1)
    return `wave ${index + 1}: ${paths.map((request) => request.path.replace(/^\//, '')).join(', ')}`
  }).join('; ')
  return { count, summary, requests }
}

/** Waits until no data request has started for `quietMs` (the page has asked for everything). */
async function dataQuiet(page: Page, since: number, quietMs = 700): Promise<DataRequest[]> {
  let seen = -1
  for (;;) {
    await page.waitForTimeout(quietMs)
    const requests = await dataRequests(page, since)
    if (requests.length === seen) return requests
    seen = requests.length
  }
}

/**
 * A first visit of the race page (cold cache), and the same race opened from the index page,
 * where races/index.json is already loaded.
 */
export async function measureWaves(browser: Browser, base: string, raceUrl: string) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(FETCH_PROBE)
    await page.goto(base + raceUrl)
    await page.locator('table.results tbody tr').first().waitFor()
    const cold = describeWaves(await dataQuiet(page, 0))

    await page.goto(`${base}/`)
    const link = page.locator(`a[href*="race=${new URL(raceUrl, base).searchParams.get('race')}"]`)
    await link.first().waitFor()
    await dataQuiet(page, 0)
    const since = await page.evaluate(() => performance.now())
    await link.first().click()
    await page.locator('table.results tbody tr').first().waitFor()
    const fromIndex = describeWaves(await dataQuiet(page, since))
    return { cold, fromIndex }
  } finally {
    await context.close()
  }
}

/**
 * On the generated race: sorting its 1,000-row RACE table by the driver column (each click is a
 * new order: ascending, descending, unsorted), and switching between its two 30-row tabs.
 */
export async function measureInteractions(
  browser: Browser,
  base: string,
  raceId: number,
  runs: number,
): Promise<{ sortMs: number; tabMs: number }> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(`${base}/?race=${raceId}&tab=RACE`)
    await page.locator('table.results tbody tr').nth(999).waitFor({ state: 'attached' })
    const rows = await page.locator('table.results tbody tr').count()
    if (rows !== 1000) throw new Error(`the generated race table has ${rows} rows, not 1,000`)
    await page.evaluate(() => {
      const headers = [...document.querySelectorAll('table.results thead th')]
      const driver = headers.find((th) => /Pilote|Driver/.test(th.textContent ?? ''))
      driver?.querySelector('button')?.setAttribute('data-bench', 'sort')
    })
    const firstRow = () => page.locator('table.results tbody tr').first().innerText()
    const orders = new Set([await firstRow()])
    const sort: number[] = []
    for (let run = 0; run < runs; run += 1) {
      sort.push(await clickToFrame(page, '[data-bench="sort"]'))
      orders.add(await firstRow())
    }
    if (orders.size < 2) throw new Error('sorting did not reorder the table')

    await clickToFrame(page, '[data-tab="EL1"]')
    const tabs: number[] = []
    for (let run = 0; run < runs; run += 1) {
      tabs.push(await clickToFrame(page, `[data-tab="${run % 2 === 0 ? 'EL2' : 'EL1'}"]`))
    }
    const last = runs % 2 === 1 ? 'EL2' : 'EL1'
    const caption = await page.locator('table.results caption').innerText()
    if (!caption.startsWith(await page.locator(`[data-tab="${last}"]`).innerText())) {
      throw new Error(`the last switch did not show ${last}: ${caption}`)
    }
    return { sortMs: median(sort), tabMs: median(tabs) }
  } finally {
    await context.close()
  }
}
