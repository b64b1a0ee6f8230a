/**
 * The index over the whole F1DB history (1,172 races, .full-history/exports): first paint of
 * the race list, layout shift until it settles, and the time from a keystroke in the search to
 * the painted, filtered list. Run alone (it serves dist/ over the prepared history):
 *
 *   npx tsx scripts/bench/index-figures.ts [--port 4396] [--runs 5]
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from '@playwright/test'
import { prepareFullHistory } from '../full-history/prepare.ts'
import { startServer } from '../serve.ts'
import { launchChromium } from './browser.ts'
import { median, round1 } from './stats.ts'

export interface IndexFigure {
  line: string
  value: { races: number; firstCardMs: number; cls: number; filterMs: number }
}

/** Notes when the first race card enters the DOM, the frame that paints it, and layout shifts. */
const PROBE = `(() => {
  const probe = { shifts: 0, frameAt: null }
  window.__probe = probe
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.race-list a')) return
    observer.disconnect()
    requestAnimationFrame(() => { probe.frameAt = performance.now() })
  }).observe(document, { childList: true, subtree: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) probe.shifts += entry.value
  }).observe({ type: 'layout-shift', buffered: true })
})()`

async function oneLoad(browser: Browser, base: string) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(PROBE)
    await page.goto(`${base}/`, { waitUntil: 'commit' })
    await page.waitForFunction(
      () => (window as { __probe?: { frameAt: number | null } }).__probe?.frameAt != null,
    )
    await page.waitForTimeout(800)
    const { frameAt, shifts } = await page.evaluate(
      () => (window as unknown as { __probe: { frameAt: number; shifts: number } }).__probe,
    )
    // A keystroke's worth of search: the input event React reads, to the frame after the update.
    const filterMs = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('#race-search')
      if (!input) throw new Error('no #race-search on the index')
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
      const start = performance.now()
      setValue?.call(input, 'Monaco')
      input.dispatchEvent(new Event('input', { bubbles: true }))
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
      if (!document.querySelector('.race-list a')?.textContent?.includes('Monaco')) {
        throw new Error('the search did not filter the list')
      }
      return performance.now() - start
    })
    return { ms: frameAt, cls: shifts, filterMs }
  } finally {
    await context.close()
  }
}

/** Medians over `runs` cold loads (fresh context) of the index served from `base`. */
export async function measureFullIndex(
  browser: Browser,
  base: string,
  runs: number,
): Promise<IndexFigure> {
  const races = await (await fetch(`${base}/races/index.json`)).json()
  await oneLoad(browser, base) // warm-up: the server's disk cache and JIT
  const loads = []
  for (let run = 0; run < runs; run += 1) loads.push(await oneLoad(browser, base))
  const value = {
    races: (races as { races: unknown[] }).races.length,
    firstCardMs: round1(median(loads.map((load) => load.ms))),
    cls: Math.max(...loads.map((load) => load.cls)),
    filterMs: round1(median(loads.map((load) => load.filterMs))),
  }
  const line =
    `index with ${value.races} races: first race card ${value.firstCardMs} ms, CLS ${value.cls} ` +
    `(worst run), search "Monaco" filtered and painted in ${value.filterMs} ms (median of ${runs})`
  return { line, value }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4396' },
      runs: { type: 'string', default: '5' },
    },
  })
  const server = await startServer({
    dist: 'dist',
    data: await prepareFullHistory(),
    port: Number(values.port),
  })
  const browser = await launchChromium()
  try {
    const base = `http://127.0.0.1:${values.port}`
    console.log((await measureFullIndex(browser, base, Number(values.runs))).line)
  } finally {
    await browser.close()
    server.closeAllConnections()
    server.close()
  }
}
