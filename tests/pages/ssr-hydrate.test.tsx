/** @vitest-environment happy-dom */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { hydrate } from '@tanstack/react-query'
import { act, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app.tsx'
import {
  loadRace,
  makeQueryClient,
  pageState,
  preloadAll,
  renderPage,
} from '../../src/entry-server.tsx'
import { configureUrls } from '../../src/pages/url-state.ts'

/**
 * What the prerender step writes must hydrate without a mismatch (React reports one as a console
 * error) and without a request: the renders stay pure (no window, Date.now, storage in render).
 */
const asked: string[] = []

// The server's fetch reads the sample exports (set before the suite collects its tabs).
vi.stubGlobal('fetch', async (url: string) => {
  asked.push(url)
  try {
    const body = await readFile(join('public', url.replace(/^\//, '')))
    return new Response(body, { headers: { 'content-type': 'application/json' } })
  } catch {
    return new Response('', { status: 404 })
  }
})

beforeAll(() => preloadAll())
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

afterEach(() => {
  configureUrls({ serverHref: '', pathForm: false })
  document.body.innerHTML = ''
  window.history.replaceState(null, '', '/')
})

describe('a prerendered race page hydrates as it was rendered', async () => {
  const server = makeQueryClient()
  const race = await loadRace(server, '1101')
  it('has its tabs', () => expect(race?.tabs).toContain('RESUME'))
  for (const tab of race?.tabs ?? []) {
    it(`/races/1101/${tab.toLowerCase()}/`, async () => {
      const href = `/races/1101/${tab.toLowerCase()}/`
      const markup = renderPage(server, href)
      const view = {
        kind: 'race',
        raceId: '1101',
        year: 2023,
        tab,
        withChampionship: race?.withChampionship ?? false,
      } as const
      const state = JSON.parse(JSON.stringify(pageState(server, view)))
      expect(JSON.stringify(state)).not.toContain('"participants"]')
      window.history.replaceState(null, '', href)
      const root = document.createElement('div')
      root.innerHTML = markup
      document.body.append(root)
      const client = makeQueryClient()
      hydrate(client, state)
      configureUrls({ serverHref: href, pathForm: true })
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
      asked.length = 0
      await act(async () => {
        hydrateRoot(
          root,
          <StrictMode>
            <App client={client} />
          </StrictMode>,
          { onRecoverableError: (error) => console.error(error) },
        )
      })
      expect(errors.mock.calls.map((call) => String(call[0]).slice(0, 300))).toEqual([])
      errors.mockRestore()
      expect(asked).toEqual([])
      expect(root.querySelector('table')).not.toBeNull()
    })
  }
})
