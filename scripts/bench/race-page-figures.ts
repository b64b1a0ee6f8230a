/**
 * The race page three ways on both sites (scripts/bench/race-sites.ts), for `npm run bench`: the
 * frame that paints the first table row (cold loads, no throttling, median of `runs`: compare
 * with the static page, not with a phone) and the gp-page:interactive mark at 4× CPU and slow 4G
 * (scripts/bench/interactive.ts, median of 3). Prints nothing; returns a table and the values.
 */
import type { Browser } from '@playwright/test'
import { startServer } from '../serve.ts'
import { firstRow } from './browser.ts'
import { measureInteractive } from './interactive.ts'
import { type Site, VARIANTS, writeStaticLimit } from './race-sites.ts'
import { median, round1 } from './stats.ts'
import { millis, seconds, textTable } from './table.ts'

export interface RacePageRow {
  page: string
  path: string
  lookups: string
  firstRowMs: number
  throttledFirstRowMs: number
  interactiveMs: number | null
  /** Long tasks' time over 50 ms after the first paint, at 4× CPU (Lighthouse's TBT, measured). */
  blockingMs: number
}

export async function measureRacePages(
  browser: Browser,
  sites: readonly Site[],
  port: number,
  runs: number,
): Promise<{ table: string; value: RacePageRow[] }> {
  const rows: RacePageRow[] = []
  for (const [index, site] of sites.entries()) {
    const server = await startServer({ dist: site.dir, port: port + index })
    const base = `http://127.0.0.1:${port + index}`
    try {
      await writeStaticLimit(browser, base, site.dir)
      for (const variant of VARIANTS) {
        const url = base + variant.path
        await firstRow(browser, url) // warm-up: disk cache of the files, JIT of the server
        const times: number[] = []
        for (let run = 0; run < runs; run += 1) times.push((await firstRow(browser, url)).ms)
        const throttled = await measureInteractive(browser, url, Math.min(3, runs))
        rows.push({
          page: variant.name,
          path: variant.path,
          lookups: site.lookups,
          firstRowMs: round1(median(times)),
          throttledFirstRowMs: throttled.firstRowMs,
          interactiveMs: throttled.interactiveMs,
          blockingMs: throttled.blockingMs,
        })
      }
    } finally {
      server.closeAllConnections()
      server.close()
    }
  }
  const table = textTable(
    ['page', 'lookups', 'first row', 'first row*', 'interactive*', 'blocking*'],
    rows.map((row) => [
      `${row.page} ${row.path}`,
      row.lookups,
      millis(row.firstRowMs),
      seconds(row.throttledFirstRowMs),
      seconds(row.interactiveMs),
      millis(row.blockingMs),
    ]),
  )
  return {
    table: `${table}\n* at 4× CPU and slow 4G (Lighthouse's mobile conditions, applied for real), median of ${Math.min(3, runs)}; interactive: the gp-page:interactive mark (tabs answer clicks); blocking: the long tasks' time over 50 ms after the first paint, until 3 s after that mark (Lighthouse's TBT, from Chromium's own tasks)`,
    value: rows,
  }
}
