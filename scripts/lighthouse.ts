/**
 * `npm run lighthouse`: Lighthouse 13 (mobile profile: a mid-range phone, simulated slow 4G and
 * 4× CPU slowdown) on the race page, served from dist/ compressed (the precompressed .br / .gz
 * files) by scripts/serve.ts. Builds first when dist/ is missing. Saves the median run's report
 * as bench/lighthouse.json and bench/lighthouse.html, prints the performance score, LCP, CLS and
 * TBT, and exits 1 when the page misses the goal of issue 7: performance ≥ 0.98, LCP < 1.5 s,
 * CLS 0.
 *
 *   npm run lighthouse [-- --runs 3] [--port 4396] [--url '/?race=1101&tab=RACE'] [--build]
 *     [--no-floor]
 *
 * Then, unless --no-floor, the same runs on the library floor (scripts/bench/library-floor.ts:
 * the smallest app on React, TanStack Query and Table and zod/mini, one fetched table): the
 * figures no page on those libraries goes below, measured in the same minutes on the same machine.
 *
 * Runs under Node 24 (the `node` devDependency: npm puts it first in PATH); Chromium from
 * CHROME_PATH, /usr/bin/chromium by default.
 */
import { execFile } from 'node:child_process'
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import type { Result } from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { build } from 'vite'
import { buildLibraryFloor } from './bench/library-floor.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts'
import { startServer } from './serve.ts'

const execFileAsync = promisify(execFile)

export const GOALS = { performance: 0.98, lcpMs: 1500, cls: 0 } as const

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
  if (!(figures.lcpMs < GOALS.lcpMs)) missed.push(`LCP ${ms(figures.lcpMs)} ≥ ${ms(GOALS.lcpMs)}`)
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

const describe = (figures: Figures) =>
  `performance ${figures.performance}, LCP ${ms(figures.lcpMs)}, CLS ${Number(figures.cls.toFixed(4))}, ` +
  `TBT ${Math.round(figures.tbtMs)} ms (FCP ${ms(figures.fcpMs)}, Speed Index ${ms(figures.speedIndexMs)})`

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4396' },
      runs: { type: 'string', default: '3' },
      url: { type: 'string', default: '/?race=1101&tab=RACE' },
      build: { type: 'boolean', default: false },
      'no-floor': { type: 'boolean', default: false },
    },
  })
  const port = Number(values.port)
  const runs = Math.max(1, Number(values.runs))
  const path = values.url
  if (values.build || !(await exists('dist/index.html'))) {
    await build({ logLevel: 'warn' })
  }
  const tmp = 'bench/tmp/lighthouse'
  await rm(tmp, { recursive: true, force: true })
  const app = await serving('dist', port, () =>
    measure(`http://127.0.0.1:${port}${path}`, runs, join(tmp, 'app'), 'race page'),
  )
  await copyFile(app.file, 'bench/lighthouse.json')
  await copyFile(app.file.replace(/\.json$/, '.html'), 'bench/lighthouse.html')
  console.log(
    `Lighthouse ${app.version}, mobile, ${path} (median of ${runs} run(s)): ${describe(app.figures)}`,
  )
  // The same measure, in the same minutes, of the smallest app on the same libraries: what no
  // page built on them can go below on this machine.
  let floor: Figures | null = null
  if (!values['no-floor']) {
    const built = await buildLibraryFloor(join(tmp, 'floor-app'))
    floor = (
      await serving(built.outDir, port, () =>
        measure(`http://127.0.0.1:${port}/`, runs, join(tmp, 'floor'), 'library floor'),
      )
    ).figures
    console.log(
      `library floor (React, TanStack Query and Table, zod/mini: one fetched table, ` +
        `${(built.initialJsBytes / 1024).toFixed(1)} KB gzip of JS): ${describe(floor)}`,
    )
  }
  const missed = missedGoals(app.figures)
  // The full reports are large and not committed; this summary is (README, docs/performance.md).
  const summary = {
    date: new Date().toISOString(),
    lighthouse: app.version,
    url: path,
    runs,
    ...app.figures,
    missed,
    libraryFloor: floor,
  }
  await writeFile('bench/lighthouse-summary.json', `${JSON.stringify(summary, null, 2)}\n`)
  console.log(
    'written: bench/lighthouse.json, bench/lighthouse.html, bench/lighthouse-summary.json',
  )
  for (const line of missed) console.error(`goal missed: ${line}`)
  process.exitCode = missed.length > 0 ? 1 : 0
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
