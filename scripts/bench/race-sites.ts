/**
 * The race page three ways, on two sites, for `npm run bench` and `npm run lighthouse` (issue 17):
 * prerendered (/races/1101/, /races/1101/race/), rendered in the browser (/?race=1101&tab=RACE,
 * which scripts/serve.ts answers with the shell, app.html) and the static-HTML limit (the DOM
 * the browser rendered, scripts removed). One site carries the sample lookups (a copy of dist/),
 * the other the whole history's (race 1101, races/index.json, lookups/ and seasons/2023 of
 * .full-history/exports, precompressed as the build does, and race 1101 prerendered from them):
 * the pages a site of 1,172 races serves for that race, built in seconds.
 */
import { cp, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { prepareFullHistory } from '../full-history/prepare.ts'
import { prerender } from '../prerender.ts'
import { precompressFile, writeStaticPage } from './fixtures.ts'

export const RACE_ID = '1101'

export interface Variant {
  /** A short label for the tables. */
  name: string
  path: string
  /** Gated by the goals of issue 17; the others are shown for comparison. */
  gated: boolean
}

export const VARIANTS: readonly Variant[] = [
  { name: 'prerendered', path: `/races/${RACE_ID}/`, gated: true },
  { name: 'prerendered RACE tab', path: `/races/${RACE_ID}/race/`, gated: true },
  { name: 'browser-rendered', path: `/?race=${RACE_ID}&tab=RACE`, gated: false },
  { name: 'static HTML', path: '/static-race.html', gated: false },
]

export interface Site {
  /** "sample" or "full history". */
  lookups: string
  dir: string
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/**
 * `dir`: a copy of the prerendered dist/ whose data files are the whole history's for race 1101,
 * its season and every site-wide file (the 3 MB participants.json), then race 1101 prerendered
 * from them. The other races' sample pages are dropped: nothing links to them in a bench run.
 */
async function fullHistorySite(dir: string): Promise<void> {
  const exports = await prepareFullHistory()
  await cp('dist', dir, { recursive: true })
  for (const name of ['races', 'seasons', 'lookups']) {
    await rm(join(dir, name), { recursive: true, force: true })
  }
  const copies: Array<[string, string]> = [
    [`races/${RACE_ID}`, `races/${RACE_ID}`],
    ['races/index.json', 'races/index.json'],
    ['lookups', 'lookups'],
    ['seasons/2023', 'seasons/2023'],
  ]
  for (const [from, to] of copies) {
    await cp(join(exports, from), join(dir, to), { recursive: true })
  }
  for (const name of ['races', 'seasons', 'lookups']) {
    const files = (await filesUnder(join(dir, name))).filter((file) => file.endsWith('.json'))
    await Promise.all(files.map(precompressFile))
  }
  await prerender({ exports: dir, dist: dir, quiet: true })
}

/**
 * Both sites under `tmp` (bench/tmp): sample (a copy of dist/) and full history. Run after
 * `npm run build` (dist/ prerendered with the sample).
 */
export async function prepareSites(tmp: string): Promise<Site[]> {
  const sample = join(tmp, 'site-sample')
  const full = join(tmp, 'site-full-history')
  await rm(sample, { recursive: true, force: true })
  await rm(full, { recursive: true, force: true })
  await cp('dist', sample, { recursive: true })
  await fullHistorySite(full)
  return [
    { lookups: 'sample', dir: sample },
    { lookups: 'full history', dir: full },
  ]
}

/**
 * The static-HTML limit of a served site: the browser-rendered race page once its data has
 * settled, saved with its scripts removed (/static-race.html).
 */
export async function writeStaticLimit(browser: Browser, base: string, dir: string) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(base + (VARIANTS[2] as Variant).path)
    await page.locator('table.results tbody tr').first().waitFor()
    await page.waitForLoadState('networkidle')
    await writeStaticPage(await page.evaluate(() => document.documentElement.outerHTML), dir)
  } finally {
    await context.close()
  }
}
