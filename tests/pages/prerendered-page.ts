import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type DehydratedState, hydrate, type QueryClient } from '@tanstack/react-query'
import { vi } from 'vitest'
import { makeQueryClient, pageState, renderPage } from '../../src/entry-server.tsx'
import { configureUrls } from '../../src/pages/url-state.ts'

/**
 * What the hydration tests share (ssr-hydrate, hydration-renders): fetch reads the sample exports
 * in public/ (each URL noted in `asked`), and a race tab rendered by the server entry is put in
 * the document as the prerender step writes it, ready for hydrateRoot.
 */
export const asked: string[] = []

export function stubExportsFetch(): void {
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url)
    try {
      const body = await readFile(join('public', url.replace(/^\//, '')))
      return new Response(body, { headers: { 'content-type': 'application/json' } })
    } catch {
      return new Response('', { status: 404 })
    }
  })
}

/** Between tests: the URL state, the document and the location back to a blank page. */
export function resetPage(): void {
  configureUrls({ serverHref: '', pathForm: false })
  document.body.innerHTML = ''
  window.history.replaceState(null, '', '/')
}

export interface PrerenderedTab {
  root: HTMLElement
  /** The data block as the page carries it (JSON round trip). */
  state: DehydratedState
  /** A client holding that data, as main.tsx makes it before hydrating. */
  client: QueryClient
}

/** Race 1101's tab `tab`, rendered by the server from `server`'s data, at its page path. */
export function prerenderedTab(
  server: QueryClient,
  race: { withChampionship: boolean } | null,
  tab: string,
): PrerenderedTab {
  const href = `/races/1101/${tab.toLowerCase()}/`
  const markup = renderPage(server, href)
  const view = {
    kind: 'race',
    raceId: '1101',
    year: 2023,
    tab,
    withChampionship: race?.withChampionship ?? false,
  } as const
  const state = JSON.parse(JSON.stringify(pageState(server, view))) as DehydratedState
  window.history.replaceState(null, '', href)
  const root = document.createElement('div')
  root.innerHTML = markup
  document.body.append(root)
  // As main.tsx does: the data came with the page, fresh as of now.
  for (const query of state.queries) query.state.dataUpdatedAt = Date.now()
  const client = makeQueryClient()
  hydrate(client, state)
  configureUrls({ serverHref: href, pathForm: true })
  return { root, state, client }
}
