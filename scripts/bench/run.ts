/**
 * `npm run bench`: builds the app, then measures it and prints one line per figure; the figures go
 * to bench/results.json. Generated data lives in bench/tmp (not committed). Servers listen on
 * 127.0.0.1:4394, 4395 and 4396 (--port sets the first) and are stopped at the end.
 *
 *   npm run bench [-- --runs 10] [--port 4394] [--skip-build]
 *
 * Times are medians over --runs cold page loads (a fresh browser context each: empty cache) in
 * Debian's Chromium, without network or CPU throttling: compare them with each other (the ratio
 * to a static page), not with a phone; `npm run lighthouse` gives the phone view.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'vite'
import { INITIAL_JS_BUDGET_KB, KB, measureBundle, sum } from '../check-budgets.ts'
import { prepareFullHistory } from '../full-history/prepare.ts'
import { startServer } from '../serve.ts'
import { firstRow, launchChromium } from './browser.ts'
import { BIG_RACE_ID, writeBigParticipants, writeBigRace, writeStaticPage } from './fixtures.ts'
import { measureFullIndex } from './index-figures.ts'
import { buildLibraryFloor } from './library-floor.ts'
import { measureInteractions, measureWaves } from './page-figures.ts'
import { measureFullHistory, measureImporter, measureValidator } from './script-figures.ts'
import { median, round1 } from './stats.ts'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    port: { type: 'string', default: '4394' },
    'skip-build': { type: 'boolean', default: false },
  },
})
const runs = Number(args.runs)
const port = Number(args.port)
const tmp = 'bench/tmp'
// Two copies of dist/ with the generated files added, each served as the app is (precompressed
// files, the same headers): scripts/serve.ts's --data mode sends an editor's files uncompressed.
const site = join(tmp, 'site')
const bigLookup = join(tmp, 'site-big-lookup')
const RACE_URL = '/?race=1101&tab=RACE'

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  runs,
}

function report(key: string, line: string, value: unknown) {
  results[key] = value
  console.log(line)
}

if (!args['skip-build']) await build({ logLevel: 'warn' })

const bundle = await measureBundle('dist')
const kb = (bytes: number) => round1(bytes / KB)
report(
  'initialJsKbGzip',
  `initial JS: ${kb(sum(bundle.initialJs))} KB gzip (budget ${INITIAL_JS_BUDGET_KB} KB; ${bundle.initialJs.length} chunk(s), loaded before the first table)`,
  kb(sum(bundle.initialJs)),
)
const floor = (await buildLibraryFloor(join(tmp, 'floor'))).initialJsBytes
report(
  'libraryFloorKbGzip',
  `library floor: ${kb(floor)} KB gzip (React, TanStack Query and Table, zod/mini: one fetched, checked and sortable table); the race page adds ${kb(sum(bundle.initialJs) - floor)} KB`,
  kb(floor),
)
report(
  'totalJsKbGzip',
  `total JS: ${kb(sum(bundle.allJs))} KB gzip in ${bundle.allJs.length} chunks (${kb(sum(bundle.allJs, 'bytes'))} KB minified)`,
  kb(sum(bundle.allJs)),
)
report(
  'cssKbGzip',
  `CSS: ${kb(sum(bundle.allCss))} KB gzip (${kb(sum(bundle.initialCss))} KB on the race page)`,
  kb(sum(bundle.allCss)),
)

await rm(tmp, { recursive: true, force: true })
for (const copy of [site, bigLookup]) await cp('dist', copy, { recursive: true })
await writeBigRace('public', site)
const bigRaces = await writeBigParticipants('public', bigLookup)

const servers = await Promise.all([
  startServer({ dist: site, port }),
  startServer({ dist: bigLookup, port: port + 1 }),
  // The whole F1DB history (prepared once, reused when up to date) for the index at scale.
  startServer({ dist: 'dist', data: await prepareFullHistory(), port: port + 2 }),
])
const base = `http://127.0.0.1:${port}`
const bigBase = `http://127.0.0.1:${port + 1}`
const browser = await launchChromium()
try {
  results.chromium = browser.version()
  // The same table as plain HTML, from the page as rendered.
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(base + RACE_URL)
  await page.locator('table.results tbody tr').first().waitFor()
  await page.waitForLoadState('networkidle')
  const staticUrl = await writeStaticPage(
    await page.evaluate(() => document.documentElement.outerHTML),
    site,
  )
  await context.close()

  await firstRow(browser, base + RACE_URL) // warm-up: disk cache of the files, JIT of the server
  const app: number[] = []
  const plain: number[] = []
  for (let run = 0; run < runs; run += 1) {
    app.push((await firstRow(browser, base + RACE_URL)).ms)
    plain.push((await firstRow(browser, base + staticUrl)).ms)
  }
  const ratio = median(app) / median(plain)
  report(
    'firstRowMs',
    `first table row (race page ${RACE_URL}): ${round1(median(app))} ms, static HTML page of the same table: ${round1(median(plain))} ms, ratio ${ratio.toFixed(2)} (median of ${runs})`,
    {
      app: round1(median(app)),
      staticPage: round1(median(plain)),
      ratio: round1(ratio * 100) / 100,
    },
  )

  const small: Array<{ ms: number; cls: number }> = []
  const big: Array<{ ms: number; cls: number }> = []
  for (let run = 0; run < runs; run += 1) {
    small.push(await firstRow(browser, base + RACE_URL, 800))
    big.push(await firstRow(browser, bigBase + RACE_URL, 800))
  }
  const figure = (list: Array<{ ms: number; cls: number }>) => ({
    ms: round1(median(list.map((entry) => entry.ms))),
    cls: Math.max(...list.map((entry) => entry.cls)),
  })
  const lookups = { small: figure(small), big: figure(big), bigRaces }
  report(
    'bigLookup',
    `first table row with participants.json of ${bigRaces} races: ${lookups.big.ms} ms vs ${lookups.small.ms} ms with the sample one (CLS ${lookups.big.cls} vs ${lookups.small.cls}, worst run)`,
    lookups,
  )

  const waves = await measureWaves(browser, base, RACE_URL)
  report(
    'requestWaves',
    `request waves (race page): ${waves.cold.count} on a first visit (${waves.cold.summary}); ${waves.fromIndex.count} when opened from the index (${waves.fromIndex.summary})`,
    waves,
  )

  const interactions = await measureInteractions(browser, base, BIG_RACE_ID, runs)
  report(
    'sort1000RowsMs',
    `sort a 1,000-row table: ${round1(interactions.sortMs)} ms (click to painted frame, median of ${runs})`,
    round1(interactions.sortMs),
  )
  report(
    'switch30RowTabsMs',
    `switch between two 30-row tabs: ${round1(interactions.tabMs)} ms (median of ${runs})`,
    round1(interactions.tabMs),
  )

  const fullIndex = await measureFullIndex(browser, `http://127.0.0.1:${port + 2}`, runs)
  report('fullHistoryIndex', fullIndex.line, fullIndex.value)
} finally {
  await browser.close()
  for (const server of servers) {
    server.closeAllConnections()
    server.close()
  }
}

const validator = await measureValidator('public', join(tmp, 'validate'), 200)
report('validator', validator.line, validator.value)
const importer = await measureImporter(join(tmp, 'import'))
report('importer2023', importer.line, importer.value)
const fullHistory = await measureFullHistory(join(tmp, 'full-history'))
report('fullHistory', fullHistory.line, fullHistory.value)

await mkdir('bench', { recursive: true })
await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
console.log('written: bench/results.json')
