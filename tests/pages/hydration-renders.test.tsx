/** @vitest-environment happy-dom */
import { act } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app.tsx'
import { loadRace, makeQueryClient, preloadAll } from '../../src/entry-server.tsx'
import { prerenderedTab, resetPage, stubExportsFetch } from './prerendered-page.ts'

/**
 * Hydrating a prerendered race page renders each of its tables once. The page itself renders again
 * right after (React Query's observers subscribe, the lap chart's probe answers, a value that
 * differs between the server and the browser), and such a render is synchronous in React: when it
 * reached the tables, at 4× CPU it took 150–300 ms in one task, most of the page's Total Blocking
 * Time. The panel is memoised (race-panel.tsx) and its props are stable (use-sort-param.ts);
 * counted here by the calls of `useTable`.
 */
const counts = vi.hoisted(() => ({ table: 0 }))

vi.mock('@tanstack/react-table', async (original) => {
  const module = await original<typeof import('@tanstack/react-table')>()
  return {
    ...module,
    useTable: ((...args: Parameters<typeof module.useTable>) => {
      counts.table += 1
      return module.useTable(...args)
    }) as typeof module.useTable,
  }
})

stubExportsFetch()

beforeAll(() => preloadAll())
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

afterEach(resetPage)

describe('hydrating a prerendered race page renders its tables once', async () => {
  const server = makeQueryClient()
  const race = await loadRace(server, '1101')
  const tabs = ['RACE', 'GRID', 'QUALI', 'EL1', 'RESUME', 'PERF', 'FL', 'CHAMP']
  for (const tab of tabs) {
    it(`/races/1101/${tab.toLowerCase()}/`, async () => {
      expect(race?.tabs).toContain(tab)
      const { root, client } = prerenderedTab(server, race, tab)
      const tables = root.querySelectorAll('table').length
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
      counts.table = 0
      // No StrictMode here: it renders everything twice on purpose.
      await act(async () => {
        hydrateRoot(root, <App client={client} />)
      })
      await act(() => new Promise((done) => setTimeout(done, 50)))
      expect(tables).toBeGreaterThan(0)
      expect(errors.mock.calls.map((call) => String(call[0]).slice(0, 200))).toEqual([])
      errors.mockRestore()
      expect(counts.table).toBeGreaterThan(0)
      expect(counts.table).toBeLessThanOrEqual(tables)
    })
  }
})
