import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import {
  budgetProblems,
  INITIAL_JS_BUDGET_KB,
  initialChunks,
  type Manifest,
  measureBundle,
  sum,
} from '../../scripts/check-budgets.ts'

const execFileAsync = promisify(execFile)
const run = (...args: string[]) =>
  execFileAsync(process.execPath, ['--import', 'tsx', 'scripts/check-budgets.ts', ...args])

const MANIFEST: Manifest = {
  'index.html': {
    file: 'assets/index-a1.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_shared-b2.js'],
    dynamicImports: ['src/features/league/pages/league-view.tsx'],
    css: ['assets/index-c3.css'],
  },
  '_shared-b2.js': { file: 'assets/shared-b2.js', imports: ['index.html'] },
  'src/features/league/pages/league-view.tsx': {
    file: 'assets/league-view-d4.js',
    src: 'src/features/league/pages/league-view.tsx',
    isDynamicEntry: true,
    imports: ['index.html', '_shared-b2.js'],
  },
}

const MODULES = {
  'assets/index-a1.js': ['src/main.tsx', 'src/pages/race-page.tsx'],
  'assets/shared-b2.js': ['src/i18n/messages.ts'],
  'assets/league-view-d4.js': [
    'src/features/league/pages/league-view.tsx',
    'src/features/league/calc/round.ts',
  ],
}

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A dist/ like vite build writes; `entry` is the entry chunk's content. */
async function fakeDist(entry: string | Buffer, modules: Record<string, string[]> = MODULES) {
  const dist = await mkdtemp(join(tmpdir(), 'gp-budgets-'))
  dirs.push(dist)
  await mkdir(join(dist, '.vite'), { recursive: true })
  await mkdir(join(dist, 'assets'))
  await writeFile(join(dist, '.vite/manifest.json'), JSON.stringify(MANIFEST))
  await writeFile(join(dist, '.vite/chunk-modules.json'), JSON.stringify(modules))
  await writeFile(join(dist, 'assets/index-a1.js'), entry)
  await writeFile(join(dist, 'assets/shared-b2.js'), 'export const messages = {}\n')
  await writeFile(join(dist, 'assets/league-view-d4.js'), randomBytes(300 * 1024))
  await writeFile(join(dist, 'assets/index-c3.css'), 'body{margin:0}\n')
  return dist
}

describe('initialChunks', () => {
  it('is the entry and what it imports statically, not the lazy views', () => {
    expect(initialChunks(MANIFEST)).toEqual(['index.html', '_shared-b2.js'])
  })

  it('takes an unmarked chunk as the entry when the page loads it as a module script', () => {
    // With top-level awaits in the entry, Rolldown emits it as a shared chunk ("_index-…").
    const manifest: Manifest = {
      '_index-a1.js': { file: 'assets/index-a1.js', imports: ['_shared-b2.js'] },
      '_shared-b2.js': { file: 'assets/shared-b2.js', imports: ['_index-a1.js'] },
    }
    expect(() => initialChunks(manifest)).toThrow('no entry chunk')
    expect(initialChunks(manifest, ['assets/index-a1.js'])).toEqual([
      '_index-a1.js',
      '_shared-b2.js',
    ])
  })
})

describe('check-budgets', () => {
  it('passes a small build and counts the static imports, not the lazy chunks', async () => {
    const report = await measureBundle(await fakeDist('console.log("small")\n'))
    expect(report.initialJs.map((file) => file.file)).toEqual([
      'assets/index-a1.js',
      'assets/shared-b2.js',
    ])
    expect(sum(report.initialJs)).toBeLessThan(200)
    expect(sum(report.allJs)).toBeGreaterThan(300 * 1024)
    expect(report.initialCss.map((file) => file.file)).toEqual(['assets/index-c3.css'])
    expect(budgetProblems(report, INITIAL_JS_BUDGET_KB)).toEqual([])
  })

  it('fails when the initial chunks are over the budget (a fake big chunk)', async () => {
    // Random bytes do not compress: 150 KB of them are 150 KB gzip.
    const report = await measureBundle(await fakeDist(randomBytes(150 * 1024)))
    const problems = budgetProblems(report, INITIAL_JS_BUDGET_KB)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      new RegExp(`initial JS is 150\\.\\d KB gzip, over the budget of ${INITIAL_JS_BUDGET_KB} KB`),
    )
  })

  it('fails a build that fitted once the budget is lowered below it', async () => {
    const report = await measureBundle(await fakeDist(randomBytes(20 * 1024)))
    expect(budgetProblems(report, 25)).toEqual([])
    expect(budgetProblems(report, 19)).toHaveLength(1)
  })

  it('fails when a view that must be lazy lands in an initial chunk', async () => {
    const modules = {
      ...MODULES,
      'assets/shared-b2.js': ['src/features/league/pages/league-view.tsx'],
    }
    const report = await measureBundle(await fakeDist('export {}\n', modules))
    expect(budgetProblems(report, INITIAL_JS_BUDGET_KB)).toEqual([
      'a view that must load lazily is in the initial JS: assets/shared-b2.js: src/features/league/pages/league-view.tsx',
    ])
  })

  it('exits 1 from the command line on a build over budget, 0 within it', async () => {
    const big = await fakeDist(randomBytes(150 * 1024))
    const failure = await run('--dist', big).catch(
      (error: { code: number; stderr: string }) => error,
    )
    expect(failure).toMatchObject({ code: 1 })
    expect((failure as { stderr: string }).stderr).toContain('budget exceeded: initial JS is')
    const small = await fakeDist('export {}\n')
    const success = await run('--dist', small)
    expect(success.stdout).toContain(`(budget ${INITIAL_JS_BUDGET_KB} KB)`)
  })
})
