import { readFileSync } from 'node:fs'
import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { afterEach, expect, test, vi } from 'vitest'
import { PUBLISHED } from '../../src/loaders/data-source.ts'
import { raceDriverNamesQuery, retryRaceSessions } from '../../src/loaders/race-page-queries.ts'
import { sessionsQuery } from '../../src/loaders/race-queries.ts'

const FILES: Record<string, string> = {
  '/races/1101/sessions.json': readFileSync('public/races/1101/sessions.json', 'utf8'),
  '/lookups/drivers.min.json': readFileSync('public/lookups/drivers.min.json', 'utf8'),
}

/** Serves the sample files; sessions.json answers 500 while `down` is true. */
function serveSample(state: { down: boolean }) {
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url, 'http://app.example').pathname
    if (path.endsWith('sessions.json') && state.down) return new Response('', { status: 500 })
    const body = FILES[path]
    if (body == null) return new Response('Not found', { status: 404 })
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })
  })
}

afterEach(() => {
  vi.unstubAllGlobals()
})

test('the retry after sessions.json failed reads the names derived from it again', async () => {
  const state = { down: true }
  serveSample(state)
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  // The page observes both queries, as useQueries does: refetchQueries only refetches observed ones.
  const observers = [sessionsQuery(PUBLISHED, '1101'), raceDriverNamesQuery(PUBLISHED, '1101')].map(
    (options) => new QueryObserver(client, options as never),
  )
  const stop = observers.map((observer) => observer.subscribe(() => {}))
  const names = raceDriverNamesQuery(PUBLISHED, '1101').queryKey
  await vi.waitFor(() => expect(client.getQueryState(names)?.status).toBe('error'))

  state.down = false
  await retryRaceSessions(client, PUBLISHED, '1101')

  const read = client.getQueryData(names) as Record<string, unknown> | null
  expect(client.getQueryState(names)?.status).toBe('success')
  // 2023 Abu Dhabi: 20 cars, 30 drivers over the weekend (ten rookies in FP1), of the 137 the
  // sample's lookup names.
  const shown = Object.values(read ?? {})
  expect(shown).toHaveLength(30)
  expect(shown).toContain('Max Verstappen')
  for (const unsubscribe of stop) unsubscribe()
})
