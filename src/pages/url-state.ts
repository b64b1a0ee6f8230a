import { useMemo, useSyncExternalStore } from 'react'
import { isSafeId } from '../loaders/data-url.ts'

/**
 * The URL is the state: race, tab, sort, lang, season, league… Components read it with
 * useUrlParams and change it with navigate (push) or replaceParams (no new history entry).
 * A prerendered site also has page paths (/races/1101/grid/, /seasons/2023/), read as the same
 * params as the query form (?race=1101&tab=GRID), and its links use them.
 */

const CHANGE = 'gp-page:urlchange'

/**
 * The app's own path: its base (Vite's `base`, "/" by default), never location.pathname as such,
 * which is whatever the visitor typed ("//evil.example/%2e%2e%2f…" made every link leave the site).
 */
function appPath(): string {
  const base = import.meta.env.BASE_URL ?? '/'
  return base.endsWith('/') ? base : `${base}/`
}

// The page's URL on the server and while hydrating (the URL the HTML was made for), and whether
// links use page paths (a prerendered site) or the query form (app.html, dev, editors' folders).
let serverHref = ''
let pathForm = false

/** Set by the server entry before each render, and by main.tsx before the first render. */
export function configureUrls(options: { serverHref: string; pathForm: boolean }): void {
  serverHref = options.serverHref
  pathForm = options.pathForm
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGE, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGE, onChange)
  }
}

function snapshot(): string {
  return window.location.pathname + window.location.search
}

const getServerHref = () => serverHref

const SAFE_TAB = /^[A-Za-z0-9_-]{1,20}$/

/**
 * "/races/1101/grid/?sort=gap" → race=1101&tab=GRID&sort=gap. Only page paths under the base are
 * read (anything else is the query form alone); the query wins on a conflict.
 */
export function paramsOf(href: string): URLSearchParams {
  let url: URL
  try {
    url = new URL(href || appPath(), 'http://localhost')
  } catch {
    return new URLSearchParams()
  }
  const params = new URLSearchParams(url.search)
  const base = appPath()
  if (!url.pathname.startsWith(base)) return params
  const parts = url.pathname.slice(base.length).split('/').filter(Boolean)
  const [kind, id, tab] = parts
  const route: Record<string, string> = {}
  if (kind === 'races' && id && isSafeId(id) && parts.length <= 3) {
    route.race = id
    if (tab && SAFE_TAB.test(tab)) route.tab = tab.toUpperCase()
  } else if (kind === 'seasons' && id && isSafeId(id) && parts.length === 2) route.season = id
  for (const [key, value] of Object.entries(route)) if (!params.has(key)) params.set(key, value)
  return params
}

export function useUrlParams(): URLSearchParams {
  const href = useSyncExternalStore(subscribe, snapshot, getServerHref)
  return useMemo(() => paramsOf(href), [href])
}

type ParamChanges = Record<string, string | null | undefined>

/**
 * `from` with these params changed (null/undefined/'' removes one), others kept. In path form a
 * race or season page gets its page path, only for ids and tabs that can be path segments;
 * leagues, editors' folders and anything unusual stay in the query form at the base.
 */
export function hrefWith(changes: ParamChanges, from: URLSearchParams): string {
  const params = new URLSearchParams(from)
  for (const [key, value] of Object.entries(changes)) {
    if (value == null || value === '') params.delete(key)
    else params.set(key, value)
  }
  let path = appPath()
  const race = params.get('race')
  const season = params.get('season')
  const tab = params.get('tab')
  if (pathForm && !params.has('league') && !params.has('local')) {
    if (race && isSafeId(race) && (tab === null || SAFE_TAB.test(tab))) {
      path = `${path}races/${race}/${tab ? `${tab.toLowerCase()}/` : ''}`
      params.delete('race')
      params.delete('tab')
    } else if (!race && season && isSafeId(season)) {
      path = `${path}seasons/${season}/`
      params.delete('season')
    }
  }
  const query = params.toString()
  return `${path}${query ? `?${query}` : ''}`
}

/** The params of the page's current URL (for event handlers, never in render). */
export function currentParams(): URLSearchParams {
  return paramsOf(snapshot())
}

export function navigate(changes: ParamChanges, options: { replace?: boolean } = {}): void {
  const href = hrefWith(changes, currentParams())
  if (options.replace) window.history.replaceState(null, '', href)
  else window.history.pushState(null, '', href)
  window.dispatchEvent(new Event(CHANGE))
}
