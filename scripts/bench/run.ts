/**
 * `npm run bench`: builds the app, then measures it and prints one line per figure; the figures go
 * to bench/results.json. Generated data lives in bench/tmp (not committed). Servers listen on
 * 127.0.0.1:4394, 4395 and 4396 (--port sets the first) and are stopped at the end.
 *
 *   npm run bench [-- --runs 10] [--port 4394] [--skip-build] [--full-history]
 *
 * The race page three ways (prerendered, browser-rendered, static HTML) with the sample lookups
 * and the whole history's (scripts/bench/race-sites.ts), in one table; servers on --port + 3 and
 * + 4. --full-history adds the time to prerender the whole history (a few minutes).
 *
 * Times are medians over --runs cold page loads (a fresh browser context each: empty cache) in
 * Debian's Chromium, without network or CPU throttling: compare them with each other (the ratio
 * to a static page), not with a phone; `npm run lighthouse` gives the phone view.
 */
import { execFileSync } from 'node:child_process'
import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { INITIAL_JS_BUDGET_KB, KB, measureBundle, sum } from '../check-budgets.ts'
import { prepareFullHistory } from '../full-history/prepare.ts'
import { startServer } from '../serve.ts'
import { firstRow, launchChromium } from './browser.ts'
import { BIG_RACE_ID, writeBigParticipants, writeBigRace } from './fixtures.ts'
import { measureFullIndex } from './index-figures.ts'
import { buildLibraryFloor } from './library-floor.ts'
import { measureInteractions, measureWaves } from './page-figures.ts'
import { measureFullPrerender } from './prerender-figures.ts'
import { measureRacePages } from './race-page-figures.ts'
import { prepareSites } from './race-sites.ts'
import { measureFullHistory, measureImporter, measureValidator } from './script-figures.ts'
import { median, round1 } from './stats.ts'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    port: { type: 'string', default: '4394' },
    'skip-build': { type: 'boolean', default: false },
    'full-history': { type: 'boolean', default: false },
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
  machine: { cpus: cpus().length, node: process.version, loadAverage: loadavg() },
  runs,
}

function report(key: string, line: string, value: unknown) {
  results[key] = value
  console.log(line)
}

// The whole build (app, server entry, the sample prerendered): the race page is measured three ways.
if (!args['skip-build'])
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })

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
const raceSites = await prepareSites(tmp)
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
  const rows = await measureRacePages(browser, raceSites, port + 3, runs)
  console.log(rows.table)
  results.racePages = rows.value
  const sample = rows.value.filter((row) => row.lookups === 'sample')
  const app = sample.find((row) => row.page === 'browser-rendered')?.firstRowMs ?? Number.NaN
  const plain = sample.find((row) => row.page === 'static HTML')?.firstRowMs ?? Number.NaN
  const prerendered = sample.find((row) => row.page === 'prerendered')?.firstRowMs ?? Number.NaN
  report(
    'firstRowMs',
    `first table row, sample lookups: prerendered ${prerendered} ms, browser-rendered ${app} ms, static HTML ${plain} ms; ratios to static ${(prerendered / plain).toFixed(2)} and ${(app / plain).toFixed(2)} (median of ${runs})`,
    {
      prerendered,
      app,
      staticPage: plain,
      ratio: round1((app / plain) * 100) / 100,
      prerenderedRatio: round1((prerendered / plain) * 100) / 100,
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
if (args['full-history']) {
  const prerendered = await measureFullPrerender(join(tmp, 'full-history-dist'))
  report('fullHistoryPrerender', prerendered.line, prerendered.value)
}

await mkdir('bench', { recursive: true })
await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
console.log('written: bench/results.json')
