/**
 * Prerenders the pages of an exports folder into a built app (issue 17): for every race
 * /races/<id>/ and /races/<id>/<tab>/, every season /seasons/<year>/, and /: complete HTML that
 * the app hydrates with the data it was made from. Run after `vite build` and
 * `vite build --ssr src/entry-server.tsx` (npm run build does all three for the bundled sample).
 *
 *   npm run prerender -- --exports <dir> [--dist dist] [--workers 2]
 *
 * The shell (dist/index.html as Vite built it) is kept as dist/app.html: scripts/serve.ts sends it
 * for query URLs of pages it has no file for, and preview:exports for every page. A race whose
 * files are broken is left to the browser (it says what is wrong) and counted as such.
 */
import { copyFile, readdir, readFile, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import type { WorkerJob, WorkerMessage } from './prerender-worker.ts'

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** The shell: app.html when dist was already prerendered (index.html is then a page). */
async function shell(dist: string): Promise<string> {
  const app = join(dist, 'app.html')
  const index = join(dist, 'index.html')
  const built = await readFile(index, 'utf8')
  if (!built.includes('id="gp-page-data"')) {
    for (const suffix of ['', '.br', '.gz']) {
      if (await exists(index + suffix)) await copyFile(index + suffix, app + suffix)
    }
    return built
  }
  return readFile(app, 'utf8')
}

async function folders(dir: string, file: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const found = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && /^[A-Za-z0-9_-]{1,64}$/.test(entry.name))
      .map(async (entry) => ((await exists(join(dir, entry.name, file))) ? entry.name : null)),
  )
  return found.filter((name): name is string => name !== null).sort()
}

/** Every race folder with a sessions.json, and every season with a championship.json. */
export async function listPages(exports: string): Promise<{ races: string[]; seasons: string[] }> {
  return {
    races: await folders(join(exports, 'races'), 'sessions.json'),
    seasons: await folders(join(exports, 'seasons'), 'championship.json'),
  }
}

export interface PrerenderResult {
  races: number
  pages: number
  left: number
  seconds: number
}

export async function prerender(options: {
  exports: string
  dist: string
  workers?: number | undefined
  quiet?: boolean
}): Promise<PrerenderResult> {
  const started = performance.now()
  const exports = resolve(options.exports)
  const dist = resolve(options.dist)
  const template = await shell(dist)
  const { races, seasons } = await listPages(exports)
  const count = Math.max(
    1,
    Math.min(options.workers ?? Math.min(2, availableParallelism()), races.length || 1),
  )
  const shares: string[][] = Array.from({ length: count }, () => [])
  races.forEach((id, i) => {
    shares[i % count]?.push(id)
  })
  let done = 0
  let pages = 0
  let left = 0
  const problems: string[] = []
  const progress = () => {
    if (options.quiet) return
    const seconds = Math.round((performance.now() - started) / 1000)
    process.stdout.write(
      `\rprerender: ${done}/${races.length} races, ${pages} pages, ${left} left to the browser, ${seconds} s`,
    )
  }
  await Promise.all(
    shares.map(
      (share, i) =>
        new Promise<void>((done_, fail) => {
          const job: WorkerJob = {
            exports,
            dist,
            shell: template,
            races: share,
            seasons: seasons.filter((_, j) => j % count === i),
            index: i === 0,
          }
          const worker = new Worker(new URL('./prerender-worker.ts', import.meta.url), {
            workerData: job,
            execArgv: ['--import', 'tsx'],
          })
          worker.on('message', (message: WorkerMessage) => {
            if (message.type === 'race') {
              done += 1
              pages += message.pages
              if (message.left) left += 1
            } else if (message.type === 'page') {
              if (message.left) left += 1
              else pages += 1
            } else if (message.type === 'problem')
              problems.push(`${message.href}: ${message.problem}`)
            progress()
          })
          worker.on('error', fail)
          worker.on('exit', (code) =>
            code === 0 ? done_() : fail(new Error(`worker exit ${code}`)),
          )
        }),
    ),
  )
  const seconds = (performance.now() - started) / 1000
  if (!options.quiet)
    process.stdout.write(
      `\rprerender: ${done}/${races.length} races, ${pages} pages, ${left} left to the browser, ${seconds.toFixed(1)} s\n`,
    )
  if (problems.length > 0) throw new Error(`pages that would not hydrate:\n${problems.join('\n')}`)
  return { races: done, pages, left, seconds }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      exports: { type: 'string' },
      dist: { type: 'string', default: 'dist' },
      workers: { type: 'string' },
    },
  })
  if (!values.exports) {
    console.error('usage: npm run prerender -- --exports <dir> [--dist dist] [--workers 2]')
    process.exit(2)
  }
  await prerender({
    exports: values.exports,
    dist: values.dist,
    workers: values.workers ? Number(values.workers) : undefined,
  })
}
