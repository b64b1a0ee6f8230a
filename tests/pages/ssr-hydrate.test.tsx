/** @vitest-environment happy-dom */
import { act, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app.tsx'
import { loadRace, makeQueryClient, preloadAll } from '../../src/entry-server.tsx'
import { asked, prerenderedTab, resetPage, stubExportsFetch } from './prerendered-page.ts'

/**
 * What the prerender step writes must hydrate without a mismatch (React reports one as a console
 * error) and without a request: the renders stay pure (no window, Date.now, storage in render).
 */
stubExportsFetch()

beforeAll(() => preloadAll())
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

afterEach(resetPage)

describe('a prerendered race page hydrates as it was rendered', async () => {
  const server = makeQueryClient()
  const race = await loadRace(server, '1101')
  it('has its tabs', () => expect(race?.tabs).toContain('RESUME'))
  for (const tab of race?.tabs ?? []) {
    it(`/races/1101/${tab.toLowerCase()}/`, async () => {
      const { root, state, client } = prerenderedTab(server, race, tab)
      expect(JSON.stringify(state)).not.toContain('"participants"]')
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
