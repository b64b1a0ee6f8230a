import { useSyncExternalStore } from 'react'

/**
 * The URL is the state: race, tab, sort, lang, season, league… live in the query string so every
 * view can be shared and back/forward work. Components read it with useUrlParams and change it
 * with navigate (push) or replaceParams (no new history entry).
 */

const CHANGE = 'gp-page:urlchange'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGE, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGE, onChange)
  }
}

function snapshot(): string {
  return window.location.search
}

export function useUrlParams(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, snapshot, () => '')
  return new URLSearchParams(search)
}

type ParamChanges = Record<string, string | null | undefined>

/**
 * The app's own path: its base (Vite's `base`, "/" by default), never location.pathname, which
 * is whatever the visitor typed ("//evil.example/%2e%2e%2f…" made every link leave the site).
 */
function appPath(): string {
  const base = import.meta.env.BASE_URL ?? '/'
  return base.endsWith('/') ? base : `${base}/`
}

/** The URL with these params changed (null/undefined/'' removes one), others kept. */
export function hrefWith(changes: ParamChanges, from: string = window.location.search): string {
  const params = new URLSearchParams(from)
  for (const [key, value] of Object.entries(changes)) {
    if (value == null || value === '') params.delete(key)
    else params.set(key, value)
  }
  const query = params.toString()
  return `${appPath()}${query ? `?${query}` : ''}`
}

export function navigate(changes: ParamChanges, options: { replace?: boolean } = {}): void {
  const href = hrefWith(changes)
  if (options.replace) window.history.replaceState(null, '', href)
  else window.history.pushState(null, '', href)
  window.dispatchEvent(new Event(CHANGE))
}
