/**
 * `npm run lighthouse`: Lighthouse 13 (mobile profile: a mid-range phone, simulated slow 4G and
 * 4× CPU slowdown), in one run, on the race page three ways (scripts/bench/race-sites.ts):
 * prerendered (/races/1101/ and /races/1101/race/), rendered in the browser
 * (/?race=1101&tab=RACE) and the static-HTML limit, each on a site with the sample lookups and on
 * one with the whole history's (the 3 MB participants.json). Every site is served compressed
 * (the precompressed .br / .gz files) by scripts/serve.ts. Beside Lighthouse's figures, the time
 * the tabs answer clicks (the `gp-page:interactive` mark, in Chromium at 4× CPU and slow 4G:
 * scripts/bench/interactive.ts). Prints one table; saves the median run of the prerendered page
 * with the whole history's lookups as bench/lighthouse.{json,html} and every row in
 * bench/lighthouse-summary.json; exits 1 when a prerendered row misses the goals of issue 17
 * (performance 1.00, LCP ≤ 1.0 s, TBT ≤ 50 ms, CLS 0). The browser-rendered and static rows are
 * there for comparison.
 *
 *   npm run lighthouse [-- --runs 3] [--port 4396] [--url <another path>] [--build] [--floor]
 *     [--only prerendered]   (the rows whose page name contains this)
 *
 * Runs `npm run build` first when dist/ is not prerendered (or with --build). With --floor, the
 * same runs on the library floor (scripts/bench/library-floor.ts: the smallest app on React,
 * TanStack Query and Table and zod/mini, one fetched table), the issue-7 reference.
 *
 * Runs under Node 24 (the `node` devDependency: npm puts it first in PATH); Chromium from
 * CHROME_PATH, /usr/bin/chromium by default.
 */
import { execFile } from 'node:child_process'
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import type { Result } from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { launchChromium } from './bench/browser.ts'
import { measureInteractive } from './bench/interactive.ts'
import { buildLibraryFloor } from './bench/library-floor.ts'
import { type LighthouseRow, lighthouseTable } from './bench/lighthouse-table.ts'
import { prepareSites, VARIANTS, type Variant, writeStaticLimit } from './bench/race-sites.ts'
import { seconds } from './bench/table.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts'
import { startServer } from './serve.ts'

const execFileAsync = promisify(execFile)

/** Issue 17, for the prerendered race page (the whole history's lookups included). */
export const GOALS = { performance: 1, lcpMs: 1000, tbtMs: 50, cls: 0 } as const

export interface Figures {
  performance: number
  lcpMs: number
  cls: number
  tbtMs: number
  fcpMs: number
  speedIndexMs: number
}

export function figuresOf(result: Result): Figures {
  const value = (id: string) => result.audits[id]?.numericValue ?? Number.NaN
  return {
    performance: result.categories.performance?.score ?? 0,
    lcpMs: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbtMs: value('total-blocking-time'),
    fcpMs: value('first-contentful-paint'),
    speedIndexMs: value('speed-index'),
  }
}

/** One line per missed goal; empty when the page meets them all. */
export function missedGoals(figures: Figures): string[] {
  const missed: string[] = []
  if (!(figures.performance >= GOALS.performance)) {
    missed.push(`performance ${figures.performance} < ${GOALS.performance}`)
  }
  if (!(figures.lcpMs <= GOALS.lcpMs)) missed.push(`LCP ${ms(figures.lcpMs)} > ${ms(GOALS.lcpMs)}`)
  if (!(figures.tbtMs <= GOALS.tbtMs)) {
    missed.push(`TBT ${Math.round(figures.tbtMs)} ms > ${GOALS.tbtMs} ms`)
  }
  if (!(figures.cls <= GOALS.cls)) missed.push(`CLS ${figures.cls} > ${GOALS.cls}`)
  return missed
}

const ms = (value: number) => `${(value / 1000).toFixed(2)} s`

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) != null
}

/** One Lighthouse run through its CLI; returns the path of its JSON report (HTML beside it). */
async function runLighthouse(url: string, outputPath: string): Promise<string> {
  const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js')
  await execFileAsync(
    process.execPath,
    [
      cli,
      url,
      '--only-categories=performance',
      // The full-page screenshot is not scored and makes the report ten times larger.
      '--skip-audits=full-page-screenshot',
      '--output=json',
      '--output=html',
      `--output-path=${outputPath}`,
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      '--quiet',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH },
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  return `${outputPath}.report.json`
}

interface Measured {
  figures: Figures
  version: string
  /** The representative run's report (JSON; the HTML report beside it). */
  file: string
}

/** `runs` Lighthouse runs of `url`, each line printed; the run Lighthouse picks as the median. */
async function measure(url: string, runs: number, dir: string, label: string): Promise<Measured> {
  await mkdir(dir, { recursive: true })
  const reports: Array<{ file: string; result: Result }> = []
  for (let run = 1; run <= runs; run += 1) {
    const file = await runLighthouse(url, join(dir, `run-${run}`))
    const result = JSON.parse(await readFile(file, 'utf8')) as Result
    const figures = figuresOf(result)
    console.log(
      `${label} run ${run}/${runs}: performance ${figures.performance}, LCP ${ms(figures.lcpMs)}, ` +
        `CLS ${Number(figures.cls.toFixed(4))}, TBT ${Math.round(figures.tbtMs)} ms`,
    )
    reports.push({ file, result })
  }
  // The run closest to the median FCP and TTI (Lighthouse's own choice of a representative run).
  const median = computeMedianRun(reports.map((report) => report.result))
  const chosen = reports.find((report) => report.result === median) ?? reports[0]
  if (!chosen) throw new Error('no Lighthouse run')
  return {
    figures: figuresOf(chosen.result),
    version: chosen.result.lighthouseVersion,
    file: chosen.file,
  }
}

const describe = (figures: Figures) =>
  `performance ${figures.performance}, LCP ${ms(figures.lcpMs)}, CLS ${Number(figures.cls.toFixed(4))}, ` +
  `TBT ${Math.round(figures.tbtMs)} ms (FCP ${ms(figures.fcpMs)})`

/** Serves `dist` on `port` for the time of `work`. */
async function serving<T>(dist: string, port: number, work: () => Promise<T>): Promise<T> {
  const server = await startServer({ dist, port })
  try {
    return await work()
  } finally {
    server.closeAllConnections()
    server.close()
  }
}

interface Row extends LighthouseRow {
  file: string
}

async function buildIfNeeded(force: boolean): Promise<void> {
  if (!force && (await exists('dist/app.html')) && (await exists('dist-ssr/entry-server.js'))) {
    return
  }
  await execFileAsync('npm', ['run', 'build'], { maxBuffer: 64 * 1024 * 1024 })
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4396' },
      runs: { type: 'string', default: '3' },
      url: { type: 'string' },
      build: { type: 'boolean', default: false },
      floor: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  })
  const port = Number(values.port)
  const runs = Math.max(1, Number(values.runs))
  await buildIfNeeded(values.build)
  const tmp = 'bench/tmp/lighthouse'
  await rm(tmp, { recursive: true, force: true })
  const sites = await prepareSites(tmp)
  const variants: Variant[] = VARIANTS.filter((variant) => variant.name.includes(values.only ?? ''))
  if (values.url) variants.push({ name: 'asked', path: values.url, gated: false })
  const rows: Row[] = []
  const browser = await launchChromium()
  try {
    for (const [index, site] of sites.entries()) {
      await serving(site.dir, port + index, async () => {
        const base = `http://127.0.0.1:${port + index}`
        await writeStaticLimit(browser, base, site.dir)
        for (const variant of variants) {
          const label = `${variant.name} ${variant.path}, ${site.lookups} lookups`
          const dir = join(tmp, 'runs', `${index}-${variants.indexOf(variant)}`)
          const measured = await measure(base + variant.path, runs, dir, label)
          const interactive = await measureInteractive(browser, base + variant.path, runs)
          const missed = variant.gated ? missedGoals(measured.figures) : []
          rows.push({
            page: variant.name,
            path: variant.path,
            lookups: site.lookups,
            gated: variant.gated,
            figures: measured.figures,
            interactive,
            missed,
            file: measured.file,
          })
        }
      })
    }
  } finally {
    await browser.close()
  }
  const chosen = rows.find((row) => row.gated && row.lookups === 'full history') ?? rows[0]
  if (chosen) {
    await copyFile(chosen.file, 'bench/lighthouse.json')
    await copyFile(chosen.file.replace(/\.json$/, '.html'), 'bench/lighthouse.html')
  }
  const version = JSON.parse(await readFile(chosen?.file ?? '', 'utf8')).lighthouseVersion
  let floor: Figures | null = null
  if (values.floor) {
    const built = await buildLibraryFloor(join(tmp, 'floor-app'))
    floor = (
      await serving(built.outDir, port, () =>
        measure(`http://127.0.0.1:${port}/`, runs, join(tmp, 'floor'), 'library floor'),
      )
    ).figures
  }
  const load = loadavg().map((value) => value.toFixed(2))
  console.log(
    `\nLighthouse ${version}, mobile, median of ${runs} run(s); load average ${load.join(' ')} ` +
      `on ${cpus().length} CPUs. Goals (prerendered rows): performance ${GOALS.performance.toFixed(2)}, ` +
      `LCP ≤ ${seconds(GOALS.lcpMs)}, TBT ≤ ${GOALS.tbtMs} ms, CLS ${GOALS.cls}.\n`,
  )
  console.log(lighthouseTable(rows))
  console.log(
    '* in Chromium at 4× CPU and slow 4G (150 ms, 1.6 Mbit/s), median of the same number of cold ' +
      'loads: the frame that paints the first table row, the gp-page:interactive mark (tabs answer ' +
      'clicks), the blocking time after the first paint (long tasks over 50 ms, as TBT counts them, ' +
      "from Chromium's own tasks until 3 s after that mark); the static page has no script.",
  )
  if (floor) console.log(`library floor: ${describe(floor)}`)
  const summary = {
    date: new Date().toISOString(),
    lighthouse: version,
    runs,
    loadAverage: loadavg(),
    cpus: cpus().length,
    goals: GOALS,
    rows: rows.map(({ file: _file, ...row }) => row),
    libraryFloor: floor,
  }
  await writeFile('bench/lighthouse-summary.json', `${JSON.stringify(summary, null, 2)}\n`)
  console.log(
    'written: bench/lighthouse.json, bench/lighthouse.html (prerendered, whole-history lookups), ' +
      'bench/lighthouse-summary.json',
  )
  const missed = rows.flatMap((row) =>
    row.missed.map((line) => `${row.path} (${row.lookups} lookups): ${line}`),
  )
  for (const line of missed) console.error(`goal missed: ${line}`)
  process.exitCode = missed.length > 0 ? 1 : 0
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
