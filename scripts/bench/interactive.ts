/**
 * When a race page answers clicks: the `gp-page:interactive` mark src/app.tsx sets once the app
 * has hydrated (or rendered) its tabs, timed in Chromium under Lighthouse's mobile conditions
 * (4× CPU slowdown, 150 ms round trips, 1.6 Mbit/s down), beside the frame that paints the
 * first table row. The static-HTML page has no script: its `interactiveMs` is null. Also the
 * blocking time after the first paint, as Lighthouse's TBT adds it up (each long task's time
 * over 50 ms) but from the tasks Chromium reports at that slowdown, until 3 s after the mark.
 */
import type { Browser } from '@playwright/test'
import { PROBE } from './browser.ts'
import { median, round1 } from './stats.ts'

export interface Interactive {
  firstRowMs: number
  interactiveMs: number | null
  blockingMs: number
}

/** The page's long tasks, kept from its start (a PerformanceObserver in an init script). */
export const LONG_TASKS = `(() => {
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__longTasks.push({ startTime: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
})()`

/** Lighthouse's mobile profile (its "slow 4G" and moto G power CPU), applied for real. */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
}

async function once(browser: Browser, url: string): Promise<Interactive> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', NETWORK)
    await page.addInitScript(PROBE)
    await page.addInitScript(LONG_TASKS)
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction(
      () => (window as { __probe?: { frameAt: number | null } }).__probe?.frameAt != null,
    )
    const scripted = await page.evaluate(() => document.scripts.length > 0)
    if (scripted) {
      await page.waitForFunction(
        () => performance.getEntriesByName('gp-page:interactive').length > 0,
        undefined,
        { timeout: 60_000 },
      )
    }
    await page.waitForTimeout(3000)
    return await page.evaluate(() => {
      const w = window as unknown as {
        __probe: { frameAt: number }
        __longTasks: Array<{ startTime: number; duration: number }>
      }
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
      const blockingMs = w.__longTasks
        .filter((task) => task.startTime >= fcp)
        .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0)
      return {
        firstRowMs: w.__probe.frameAt,
        interactiveMs: performance.getEntriesByName('gp-page:interactive')[0]?.startTime ?? null,
        blockingMs,
      }
    })
  } finally {
    await context.close()
  }
}

/** The median of `runs` cold loads (a fresh context each: empty cache). */
export async function measureInteractive(
  browser: Browser,
  url: string,
  runs: number,
): Promise<Interactive> {
  const list: Interactive[] = []
  for (let run = 0; run < runs; run += 1) list.push(await once(browser, url))
  const marks = list.map((entry) => entry.interactiveMs).filter((ms) => ms !== null)
  return {
    firstRowMs: round1(median(list.map((entry) => entry.firstRowMs))),
    interactiveMs: marks.length === list.length ? round1(median(marks)) : null,
    blockingMs: round1(median(list.map((entry) => entry.blockingMs))),
  }
}
