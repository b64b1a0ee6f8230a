/**
 * The server entry (issue 17): built with `vite build --ssr src/entry-server.tsx` into dist-ssr/,
 * imported by scripts/prerender-worker.ts. It fills a QueryClient with exactly what a view's first
 * render reads (through the real queryFns: the worker's fetch reads the exports folder), renders
 * the app to HTML and keeps that view's data for the browser to hydrate with.
 */
import { type DehydratedState, dehydrate, type QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { App, IndexPage, LeagueIndexContent, makeQueryClient, SeasonPage } from './app.tsx'
import type { SessionsFile } from './calc/export-types.ts'
import { pickTab, raceTabs } from './calc/race-tabs.ts'
import { leagueIndexQuery } from './features/league/loaders/queries.ts'
import { loadDataWords } from './i18n/data-words.ts'
import { loadMessages, makeI18n } from './i18n/i18n.tsx'
import { PUBLISHED } from './loaders/data-source.ts'
import { type RaceNav, raceFirstWave, raceNavQuery } from './loaders/race-page-queries.ts'
import { championshipQuery, raceIndexQuery, sessionsQuery } from './loaders/race-queries.ts'
import { standingsAfterQuery } from './loaders/v33-queries.ts'
import { indexHead } from './pages/index-head.ts'
import { type PageHead, raceHead, seasonHead } from './pages/page-head.ts'
import { preloadRaceViews } from './pages/race-page.tsx'
import { preloadPanels } from './pages/race-panel.tsx'
import { configureUrls } from './pages/url-state.ts'

export { makeQueryClient }

/** Every lazy module a prerendered view may render, loaded once per process. */
export async function preloadAll(): Promise<void> {
  await Promise.all([
    preloadPanels('PERF'),
    preloadPanels('RESUME'),
    preloadPanels('CHAMP'),
    preloadPanels('QUALI'),
    preloadRaceViews(),
    SeasonPage.preload(),
    IndexPage.preload(),
    LeagueIndexContent.preload(),
    loadMessages('en'),
    loadDataWords(),
  ])
}

type Key = readonly unknown[]

export interface RaceViews {
  file: SessionsFile
  /** Every tab of the race (upper case), the first one being the default's (`/races/<id>/`). */
  tabs: string[]
  defaultTab: string
  /** Whether the race's pages keep the season's championship (the CHAMP tab, or no index). */
  withChampionship: boolean
}

function failed(client: QueryClient, keys: readonly Key[]): boolean {
  return keys.some((key) => client.getQueryState(key)?.status === 'error')
}

/** Fetches the queries into the client; false when one of them failed. */
async function prefetched(
  client: QueryClient,
  queries: ReadonlyArray<{ queryKey: Key }>,
): Promise<boolean> {
  // Several option types in one list: each is valid on its own, TypeScript cannot unify them.
  await Promise.all(queries.map((query) => client.prefetchQuery(query as never)))
  return !failed(
    client,
    queries.map((query) => query.queryKey),
  )
}

/**
 * Loads the race's first wave (and its season's championship when it has one). Null when a file
 * the page shows is broken or absent: that race is left to the browser (it says what is wrong).
 */
export async function loadRace(client: QueryClient, raceId: string): Promise<RaceViews | null> {
  if (!(await prefetched(client, raceFirstWave(PUBLISHED, raceId)))) return null
  const file = client.getQueryData(sessionsQuery(PUBLISHED, raceId).queryKey)
  if (!file) return null
  // The CHAMP tab (standings after the round) reads rounds.json: in the HTML too, so nothing moves
  // once the page is live (laps.json, for the weekend header, is in the first wave). A broken one
  // is left to the browser, which names it.
  const extras = [standingsAfterQuery(PUBLISHED, file.meta.year, raceId)] as const
  if (!(await prefetched(client, extras))) return null
  const nav = client.getQueryData<RaceNav | null>(raceNavQuery(PUBLISHED, raceId).queryKey)
  const year = file.meta.year
  const seasons = nav?.championships
  let hasChampionship = seasons ? seasons.includes(year) : false
  if (!seasons) {
    // Without the index the page learns it from the file itself (race-page.tsx).
    await client.prefetchQuery(championshipQuery(PUBLISHED, year))
    if (failed(client, [championshipQuery(PUBLISHED, year).queryKey])) return null
    hasChampionship = client.getQueryData(championshipQuery(PUBLISHED, year).queryKey) != null
  } else if (hasChampionship) {
    await client.prefetchQuery(championshipQuery(PUBLISHED, year))
    if (failed(client, [championshipQuery(PUBLISHED, year).queryKey])) return null
  }
  const tabs = raceTabs(file.sessions, hasChampionship)
  return { file, tabs, defaultTab: pickTab(tabs, null) ?? 'RACE', withChampionship: !seasons }
}

/** Drops a race's own queries once its pages are written (the site-wide files stay parsed). */
export function forgetRace(client: QueryClient, raceId: string): void {
  client.removeQueries({
    predicate: ({ queryKey }) =>
      (queryKey[0] === 'race' && queryKey[2] === raceId) ||
      (queryKey[0] === 'lookups' && queryKey.length === 4 && queryKey[3] === raceId) ||
      (queryKey[0] === 'races' && queryKey[3] === 'nav' && queryKey[4] === raceId),
  })
}

/** The season page reads its championship and the race index; false when one is broken. */
export async function loadSeason(client: QueryClient, year: string): Promise<boolean> {
  return prefetched(client, [championshipQuery(PUBLISHED, year), raceIndexQuery(PUBLISHED)])
}

export async function loadIndex(client: QueryClient): Promise<boolean> {
  return prefetched(client, [raceIndexQuery(PUBLISHED), leagueIndexQuery(PUBLISHED)])
}

/** The HTML of the app at this URL (rendering is synchronous: the URL config cannot interleave). */
export function renderPage(client: QueryClient, href: string): string {
  configureUrls({ serverHref: href, pathForm: true })
  return renderToString(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  )
}

export type View =
  | { kind: 'race'; raceId: string; year: number; tab: string; withChampionship: boolean }
  | { kind: 'season'; year: string }
  | { kind: 'index' }

/** Only what this view reads: never participants.json or the whole index on a race page. */
function inView(key: Key, view: View): boolean {
  const [kind, , id] = key
  if (view.kind === 'index') return (kind === 'races' || kind === 'leagues') && key[2] === 'index'
  if (view.kind === 'season') {
    return (kind === 'season' && id === view.year) || (kind === 'races' && key.length === 3)
  }
  if (kind === 'race') return id === view.raceId && key[3] !== 'checks'
  if (kind === 'lookups') return key.length === 4 && key[3] === view.raceId
  if (kind === 'races') return key[3] === 'nav' && key[4] === view.raceId
  return (
    kind === 'season' &&
    id === String(view.year) &&
    (view.tab === 'CHAMP' || view.withChampionship) &&
    // Of rounds.json, only this race's standings (the whole season's file stays out).
    (key[3] !== 'rounds' || (key[4] === 'after' && key[5] === view.raceId))
  )
}

export function pageState(client: QueryClient, view: View): DehydratedState {
  return dehydrate(client, {
    shouldDehydrateQuery: (query) =>
      query.state.status === 'success' && inView(query.queryKey, view),
  })
}

const french = () => makeI18n('fr').t

export function raceHeadFor(file: SessionsFile, tab: string): PageHead {
  return raceHead(file, tab, french())
}

export function seasonHeadFor(year: string): PageHead {
  return seasonHead(year, french())
}

export function indexHeadFor(): PageHead {
  return indexHead('fr')
}
