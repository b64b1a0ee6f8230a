/**
 * Bundle budgets, checked on the build (npm test runs it after `vite build`); deterministic: sizes
 * of files, no browser, no network.
 *
 *   npx tsx scripts/check-budgets.ts [--dist dist] [--initial-js-kb 111]
 *
 * - Initial JS: the entry chunk of index.html and every chunk it imports statically (read from
 *   dist/.vite/manifest.json), gzip level 9 (what the precompressed .gz files hold), in KB of
 *   1,024 bytes. That is all the JavaScript the race page runs before its first table: the
 *   default tab is in the entry, so no lazy chunk is waited for.
 * - Lazy views: no module of a view a fan rarely opens (league, season, index, editor tools, the
 *   PerfTime / summary / championship tabs and their computations, the English strings) may be in
 *   those chunks (dist/.vite/chunk-modules.json,
 *   written by vite.config.ts).
 *
 * Exit 1 with one line per problem when a budget is exceeded.
 */
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { racePageProblems } from './prerender/page-budgets.ts'
import { moduleScripts } from './prerender/page-html.ts'

/**
 * Issue 7 asked for 95 KB; the mandated stack cannot reach it: the smallest app on React, TanStack
 * Query and Table and zod/mini (scripts/bench/library-floor.ts, built and measured by
 * `npm run bench`) is 90.9 KB, and the race page adds about 20 KB (schemas and normalizers for six
 * files, the columns, the page, the French strings). The entry was 111.0 KB; issue 12 (the data
 * source in every query key, each race tab reading its own queries) added 0.2 KB and issue 18 0.6 KB
 * that every file read needs (bytes counted against a 20 MB limit as they come, strict UTF-8, absurd
 * figures shown as —; the explanations of a wrong encoding load only when needed). The budget is
 * the result rounded up to the next KB, so any further growth fails `npm test`. Issue 17
 * (prerendered pages) added 2.1 KB: hydration (React's and Query's), page paths, preloadable
 * views, the new entry. The prerendered race pages have budgets of their own
 * (scripts/prerender/page-budgets.ts): their first table needs no JS at all. The race weekend
 * (issue 14: points, grid, places gained and penalty columns the RACE table shows at once), the
 * lap-chart tab probe (issue 16) and the row salvage / frame checks (issue 18) brought it to
 * 115.6 KB: 116. Issue 15 (every word in the reader's language) added 0.7 KB: the title of each
 * view set in the browser, the league credit, the loader of the data-word tables (retirement
 * reasons and countries in French are a lazy chunk, preloaded before a race page hydrates):
 * 116.4 KB, 117. With the grouped tabs and the narrow-screen column layout of the same issue
 * (tab groups, the column-priority classes the prerendered HTML needs, the "+ n colonnes" toggle):
 * 117.3 KB, 118. Issue 17's last changes (no Vite preload lists in the entry, the entry's pauses,
 * laps.json in the first wave): 116.4 KB with its runtime chunk, 117.
 */
export const INITIAL_JS_BUDGET_KB = 117

/** Modules that must load only when their view opens (paths relative to the project). */
export const LAZY_MODULES: readonly RegExp[] = [
  /^src\/features\//,
  /^src\/pages\/(index|season)-page\.tsx$/,
  /^src\/components\/(perf|resume|championship)-panel\.tsx$/,
  /^src\/components\/tables\/(perf|resume|championship)-columns\.tsx$/,
  /^src\/(components\/teammates-table\.tsx|calc\/teammates\.ts)$/,
  /^src\/pages\/derived-panels\.tsx$/,
  /^src\/calc\/(perftime|resume)\.ts$/,
  /^src\/loaders\/validate\//,
  /^src\/i18n\/messages-en\.ts$/,
]

export interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

export type Manifest = Record<string, ManifestChunk>

export interface SizedFile {
  file: string
  bytes: number
  gzip: number
}

export interface BundleReport {
  /** The entry chunk and its static imports, in load order. */
  initialJs: SizedFile[]
  initialCss: SizedFile[]
  allJs: SizedFile[]
  allCss: SizedFile[]
  /** Lazy-view modules found in an initial chunk: "chunk file: module". */
  eagerLazyModules: string[]
}

export const KB = 1024

export function sum(files: SizedFile[], key: 'bytes' | 'gzip' = 'gzip'): number {
  return files.reduce((total, file) => total + file[key], 0)
}

/**
 * The entry chunks' keys and the keys of the chunks they import statically, transitively. An
 * entry is marked in the manifest, or is a module script of the built page (`entryFiles`): with
 * top-level awaits in the entry (src/boot/) Rolldown emits it as a shared chunk, unmarked.
 */
export function initialChunks(manifest: Manifest, entryFiles: readonly string[] = []): string[] {
  const entries = Object.keys(manifest).filter(
    (key) => manifest[key]?.isEntry || entryFiles.includes(manifest[key]?.file ?? ''),
  )
  if (entries.length === 0) throw new Error('no entry chunk in the manifest')
  const seen: string[] = []
  const visit = (key: string) => {
    if (seen.includes(key)) return
    seen.push(key)
    for (const next of manifest[key]?.imports ?? []) visit(next)
  }
  for (const entry of entries) visit(entry)
  return seen
}

async function sized(dist: string, file: string): Promise<SizedFile> {
  const content = await readFile(join(dist, file))
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length }
}

async function readText(path: string): Promise<string | null> {
  return readFile(path, 'utf8').catch(() => null)
}

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T
  } catch {
    return null
  }
}

export async function measureBundle(distDir: string): Promise<BundleReport> {
  const dist = resolve(distDir)
  const manifest = await readJson<Manifest>(join(dist, '.vite/manifest.json'))
  if (!manifest) throw new Error(`${dist}/.vite/manifest.json is missing: run vite build first`)
  const shell =
    (await readText(join(dist, 'app.html'))) ?? (await readText(join(dist, 'index.html'))) ?? ''
  const scripts = moduleScripts(shell).map((src) => src.replace(/^\//, ''))
  const initial = initialChunks(manifest, scripts).map((key) => manifest[key] as ManifestChunk)
  const initialFiles = new Set(initial.map((chunk) => chunk.file))
  const jsFiles = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((file) =>
    file.endsWith('.js'),
  )
  const cssFiles = [...new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []))]
  const initialCss = [...new Set(initial.flatMap((chunk) => chunk.css ?? []))]
  const modules = await readJson<Record<string, string[]>>(join(dist, '.vite/chunk-modules.json'))
  const eagerLazyModules = modules
    ? Object.entries(modules)
        .filter(([file]) => initialFiles.has(file))
        .flatMap(([file, ids]) =>
          ids
            .filter((id) => LAZY_MODULES.some((pattern) => pattern.test(id)))
            .map((id) => `${file}: ${id}`),
        )
    : ['dist/.vite/chunk-modules.json is missing (written by vite.config.ts)']
  return {
    initialJs: await Promise.all(initial.map((chunk) => sized(dist, chunk.file))),
    initialCss: await Promise.all(initialCss.map((file) => sized(dist, file))),
    allJs: await Promise.all(jsFiles.map((file) => sized(dist, file))),
    allCss: await Promise.all(cssFiles.map((file) => sized(dist, file))),
    eagerLazyModules,
  }
}

/** One line per exceeded budget; empty when the build is within budget. */
export function budgetProblems(report: BundleReport, initialJsBudgetKb: number): string[] {
  const problems: string[] = []
  const initial = sum(report.initialJs)
  if (initial > initialJsBudgetKb * KB) {
    const files = report.initialJs.map((file) => `${file.file} ${kb(file.gzip)}`).join(', ')
    problems.push(
      `initial JS is ${kb(initial)} gzip, over the budget of ${initialJsBudgetKb} KB (${files})`,
    )
  }
  for (const line of report.eagerLazyModules) {
    problems.push(`a view that must load lazily is in the initial JS: ${line}`)
  }
  return problems
}

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`
}

async function main() {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, 'initial-js-kb': { type: 'string' } },
  })
  const dist = values.dist
  const budget = Number(values['initial-js-kb'] ?? INITIAL_JS_BUDGET_KB)
  const report = await measureBundle(dist)
  console.log(
    `initial JS ${kb(sum(report.initialJs))} gzip (budget ${budget} KB), ` +
      `initial CSS ${kb(sum(report.initialCss))}, ` +
      `all JS ${kb(sum(report.allJs))} in ${report.allJs.length} chunks`,
  )
  const problems = [...budgetProblems(report, budget), ...(await racePageProblems(dist))]
  for (const problem of problems) console.error(`budget exceeded: ${problem}`)
  process.exitCode = problems.length > 0 ? 1 : 0
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
}
