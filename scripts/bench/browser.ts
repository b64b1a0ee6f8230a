/**
 * Browser measurements in Debian's Chromium (Playwright): time to the first table row, layout
 * shifts, request waves, and the time an interaction takes to reach the screen.
 */
import { type Browser, chromium, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  })
}

/**
 * Runs before the page's own code: notes when the first row of a results table enters the DOM
 * and the start of the frame that paints it (ms since navigation start), and adds up layout shifts.
 */
export const PROBE = `(() => {
  const probe = { shifts: 0, rowAt: null, frameAt: null }
  window.__probe = probe
  const check = () => {
    if (probe.rowAt !== null || !document.querySelector('table.results tbody tr')) return false
    probe.rowAt = performance.now()
    requestAnimationFrame(() => { probe.frameAt = performance.now() })
    return true
  }
  new MutationObserver((_, observer) => { if (check()) observer.disconnect() })
    .observe(document, { childList: true, subtree: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) probe.shifts += entry.value
  }).observe({ type: 'layout-shift', buffered: true })
})()`

export interface FirstRow {
  /** Navigation start → the frame that paints the first row. */
  ms: number
  /** Cumulative layout shift until `settleMs` after that frame. */
  cls: number
}

/** Loads `url` in a fresh context (empty cache) and times the first table row. */
export async function firstRow(browser: Browser, url: string, settleMs = 0): Promise<FirstRow> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(PROBE)
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(
      () => (window as { __probe?: { frameAt: number | null } }).__probe?.frameAt != null,
    )
    if (settleMs > 0) await page.waitForTimeout(settleMs)
    return await page.evaluate(() => {
      const probe = (window as unknown as { __probe: { frameAt: number; shifts: number } }).__probe
      return { ms: probe.frameAt, cls: probe.shifts }
    })
  } finally {
    await context.close()
  }
}

export interface DataRequest {
  path: string
  start: number
  end: number
  wave: number
}

/**
 * Rounds of data requests: a request is in wave 1 when the page made it before any data response
 * had reached it, else in the wave after the latest one whose response it had received by then.
 * Times are the page's own (when it called fetch, when fetch resolved): a file that answers in a
 * millisecond does not make the requests sent in the same tick after it look like a second wave.
 */
export function requestWaves(
  entries: Array<{ name: string; startTime: number; responseEnd: number }>,
): DataRequest[] {
  const requests = entries
    .map((entry) => ({
      path: new URL(entry.name).pathname,
      start: entry.startTime,
      end: entry.responseEnd,
      wave: 1,
    }))
    .sort((a, b) => a.start - b.start)
  for (const request of requests) {
    const before = requests.filter((other) => other !== request && other.end <= request.start)
    request.wave = 1 + Math.max(0, ...before.map((other) => other.wave))
  }
  return requests
}

/** Runs before the page's code: notes when each .json fetch is made and when it resolves. */
export const FETCH_PROBE = `(() => {
  const calls = []
  window.__fetches = calls
  const original = window.fetch.bind(window)
  window.fetch = (input, init) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, location.href)
    const promise = original(input, init)
    if (!/\\.json$/.test(url.pathname)) return promise
    const call = { name: url.href, startTime: performance.now(), responseEnd: Infinity }
    calls.push(call)
    const done = () => { call.responseEnd = performance.now() }
    promise.then(done, done)
    return promise
  }
})()`

/** The .json requests the page has made since `since` (ms since navigation start). */
export async function dataRequests(page: Page, since = 0): Promise<DataRequest[]> {
  const entries = await page.evaluate(
    (after) =>
      (
        (
          window as unknown as {
            __fetches?: Array<{ name: string; startTime: number; responseEnd: number }>
          }
        ).__fetches ?? []
      ).filter((entry) => entry.startTime >= after),
    since,
  )
  return requestWaves(entries)
}

/** Clicks `selector` in the page and times it until the frame after the update is painted. */
export async function clickToFrame(page: Page, selector: string): Promise<number> {
  return page.evaluate(async (target) => {
    const element = document.querySelector<HTMLElement>(target)
    if (!element) throw new Error(`nothing matches ${target}`)
    const start = performance.now()
    element.click()
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
    return performance.now() - start
  }, selector)
}
