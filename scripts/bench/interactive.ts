/**
 * When a race page answers clicks: the `gp-page:interactive` mark src/app.tsx sets once the app
 * has hydrated (or rendered) its tabs, timed in Chromium under Lighthouse's mobile conditions
 * (4× CPU slowdown, 150 ms round trips, 1.6 Mbit/s down), beside the frame that paints the
 * first table row. The static-HTML page has no script: its `interactiveMs` is null.
 */
import type { Browser } from '@playwright/test'
import { PROBE } from './browser.ts'
import { median, round1 } from './stats.ts'

export interface Interactive {
  firstRowMs: number
  interactiveMs: number | null
}

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
    return await page.evaluate(() => ({
      firstRowMs: (window as unknown as { __probe: { frameAt: number } }).__probe.frameAt,
      interactiveMs: performance.getEntriesByName('gp-page:interactive')[0]?.startTime ?? null,
    }))
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
  }
}
