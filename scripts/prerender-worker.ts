/**
 * One prerender worker (scripts/prerender.ts starts them): renders its share of the races, and
 * when asked the season pages and the index, into `dist`. The server entry's real queryFns read
 * the exports folder through a fetch that answers from disk (404 for a missing file), so the
 * checks are the page's own: status, schema, race id.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { lazyModules } from './prerender/lazy-modules.ts'
import { pageDataJsonWith, pageHtml, pageProblem, scriptJson } from './prerender/page-html.ts'
import { writePage } from './prerender/write-page.ts'

export interface WorkerJob {
  exports: string
  dist: string
  shell: string
  races: string[]
  seasons: string[]
  index: boolean
}

export type WorkerMessage =
  | { type: 'race'; pages: number; left: boolean }
  | { type: 'page'; left: boolean }
  | { type: 'problem'; href: string; problem: string }
  | { type: 'done' }

// React's production server build (the client bundle is production too: the same markup).
// process.env is an accessor that asks the environment on every read (about 1 µs): TanStack Table
// and Query read NODE_ENV per table cell and per query (tableMemo was 1 s of a 42 s profile): a
// plain copy makes that a property read (docs/performance.md). No child process reads it.
process.env = { ...process.env, NODE_ENV: 'production' }

const job = workerData as WorkerJob
const post = (message: WorkerMessage) => parentPort?.postMessage(message)
const BASE = process.env.BASE_URL ?? '/'

globalThis.fetch = (async (input: string | URL | Request) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  const path = decodeURIComponent(new URL(url, 'http://localhost').pathname)
  const relative = path.startsWith(BASE) ? path.slice(BASE.length) : path
  if (relative.split('/').some((part) => part === '..' || part.startsWith('.'))) {
    return new Response('refused', { status: 404 })
  }
  try {
    const body = await readFile(join(job.exports, relative))
    return new Response(body, {
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
    })
  } catch {
    return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } })
  }
}) as typeof fetch

const entry = join(process.cwd(), 'dist-ssr', 'entry-server.js')
const server: typeof import('../src/entry-server.tsx') = await import(entry)
await server.preloadAll()
const modulesFor = await lazyModules(job.dist)
const client = server.makeQueryClient()

type View = Parameters<typeof server.pageState>[1]

// A race's pages share their dehydrated state (only CHAMP adds the season's standings): it is
// serialised once per race and kind, not once per page (a 70 KB JSON string each time).
const states = new Map<string, string>()

function stateOf(view: View): string {
  const key =
    view.kind === 'race' ? `race:${view.raceId}:${view.tab === 'CHAMP'}` : JSON.stringify(view)
  let json = states.get(key)
  if (json === undefined) {
    json = scriptJson(server.pageState(client, view))
    states.set(key, json)
  }
  return json
}

/** One page: false when it cannot hydrate cleanly (then the shell serves it). */
function page(href: string, view: View, head: { title: string; description: string }) {
  const markup = server.renderPage(client, href)
  const problem = pageProblem(markup)
  if (problem) {
    post({ type: 'problem', href, problem })
    return false
  }
  const preloadKey = view.kind === 'race' ? view.tab : view.kind
  const html = pageHtml(job.shell, {
    href,
    ...head,
    modulePreloads:
      view.kind === 'race'
        ? [...modulesFor('race'), ...modulesFor(preloadKey)]
        : modulesFor(preloadKey),
    markup,
    data: pageDataJsonWith(href, stateOf(view)),
    deferEntry: view.kind === 'race',
  })
  writePage(join(job.dist, href.slice(BASE.length)), html)
  return true
}

const SAFE_TAB = /^[A-Za-z0-9_-]{1,20}$/

for (const raceId of job.races) {
  const race = await server.loadRace(client, raceId)
  let pages = 0
  if (race) {
    const { file, tabs, defaultTab, withChampionship } = race
    const common = { kind: 'race', raceId, year: file.meta.year, withChampionship } as const
    const root = `${BASE}races/${raceId}/`
    if (page(root, { ...common, tab: defaultTab }, server.raceHeadFor(file, defaultTab))) pages += 1
    for (const tab of tabs.filter((code) => SAFE_TAB.test(code))) {
      const href = `${root}${tab.toLowerCase()}/`
      if (page(href, { ...common, tab }, server.raceHeadFor(file, tab))) pages += 1
    }
  }
  states.clear()
  server.forgetRace(client, raceId)
  post({ type: 'race', pages, left: race === null })
}

for (const year of job.seasons) {
  const ok =
    (await server.loadSeason(client, year)) &&
    page(`${BASE}seasons/${year}/`, { kind: 'season', year }, server.seasonHeadFor(year))
  states.clear()
  post({ type: 'page', left: !ok })
}

if (job.index) {
  const ok =
    (await server.loadIndex(client)) && page(BASE, { kind: 'index' }, server.indexHeadFor())
  post({ type: 'page', left: !ok })
}
post({ type: 'done' })
