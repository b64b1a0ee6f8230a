import type { Page } from '@playwright/test'

/**
 * Runs before the page's code: keeps every layout shift (the entries Lighthouse's CLS adds up)
 * with what moved, so that a failure names the element and its two boxes.
 */
const RECORDER = `(() => {
  const shifts = []
  window.__shifts = shifts
  const box = (rect) =>
    rect ? [rect.x, rect.y, rect.width, rect.height].map(Math.round).join(',') : ''
  const name = (node) => {
    const element = node && (node.nodeType === 1 ? node : node.parentElement)
    if (!element) return '?'
    const classes = typeof element.className === 'string' && element.className.trim()
    return element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
      (classes ? '.' + classes.split(/\\s+/).join('.') : '') +
      ' "' + (element.textContent || '').trim().slice(0, 30) + '"'
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue
      shifts.push({
        at: Math.round(entry.startTime),
        value: entry.value,
        moved: (entry.sources || []).map(
          (source) => name(source.node) + ' ' + box(source.previousRect) + ' → ' + box(source.currentRect),
        ),
      })
    }
  }).observe({ type: 'layout-shift', buffered: true })
})()`

export interface Shift {
  at: number
  value: number
  moved: string[]
}

/** Call before `page.goto`. */
export async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(RECORDER)
}

/**
 * The shifts so far, once the page has settled: the selected tab's table (or chart) is drawn, no
 * request for half a second, then two frames for what the last answer changed.
 */
export async function shiftsWhenSettled(page: Page): Promise<Shift[]> {
  await page.locator('#tabpanel table tbody tr, #tabpanel svg').first().waitFor()
  await page.waitForLoadState('networkidle')
  return page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    return (window as unknown as { __shifts: Shift[] }).__shifts
  })
}

/** Holds every request whose URL matches `pattern` for `ms` before it goes out. */
export async function delay(page: Page, pattern: RegExp, ms: number): Promise<void> {
  await page.route(pattern, async (route) => {
    await new Promise((done) => setTimeout(done, ms))
    await route.continue()
  })
}
