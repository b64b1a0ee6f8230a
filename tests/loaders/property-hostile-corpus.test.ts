import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isLoadError } from '../../src/calc/load-error.ts'
import { leagueRoundQuery } from '../../src/features/league/loaders/queries.ts'
import { PUBLISHED } from '../../src/loaders/data-source.ts'
import {
  championshipQuery,
  driversLookupQuery,
  participantsQuery,
  perftimeQuery,
  raceIndexQuery,
  resumeQuery,
  sessionsQuery,
} from '../../src/loaders/race-queries.ts'
import { caseBody, type HostileCase, readCases } from '../fixtures/hostile/corpus.ts'
import { buildCorpus } from '../fixtures/hostile/make-corpus.ts'

/**
 * Every case of the hostile corpus through the real query functions (fetch → status → type →
 * JSON.parse → zod → normalize): the data, "not found" for an optional file (its fallback), or a
 * LoadError naming the file. Never another error, whatever the file holds.
 */

const QUERIES: Record<string, () => unknown> = {
  'races/1101/sessions.json': () => sessionsQuery(PUBLISHED, '1101'),
  'races/1101/perftime.json': () => perftimeQuery(PUBLISHED, '1101'),
  'races/1101/resume.json': () => resumeQuery(PUBLISHED, '1101'),
  'seasons/2023/championship.json': () => championshipQuery(PUBLISHED, 2023),
  'lookups/participants.json': () => participantsQuery(PUBLISHED, '1101'),
  'lookups/drivers.min.json': () => driversLookupQuery(PUBLISHED),
  'races/index.json': () => raceIndexQuery(PUBLISHED),
  'leagues/club-cup/rounds/302.json': () => leagueRoundQuery(PUBLISHED, 'club-cup', '302'),
}

let built: Map<string, string | Buffer | null> | null = null
function bodyOf(hostile: HostileCase): string | Buffer {
  try {
    return caseBody(hostile) ?? ''
  } catch {
    built ??= new Map(buildCorpus().map(({ hostile: c, body }) => [c.id, body]))
    return built.get(hostile.id) ?? ''
  }
}

/** A fetch answering the case's file as the case says (a hang: AbortSignal.timeout fires). */
function serve(hostile: HostileCase) {
  const serve = hostile.serve
  if (serve.kind === 'hang') {
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(() =>
      AbortSignal.abort(new DOMException('signal timed out', 'TimeoutError')),
    )
  }
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (init?.signal?.aborted) throw init.signal.reason
    if (new URL(url, 'http://app.example').pathname !== `/${hostile.file}`) {
      throw new Error(`unexpected request ${url}`)
    }
    if (serve.kind === 'missing') return new Response('Not found', { status: 404 })
    if (serve.kind === 'hang') return new Promise<Response>(() => {})
    const body = bodyOf(hostile)
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
      status: serve.status,
      headers: { 'content-type': serve.contentType },
    })
  })
}

async function load(hostile: HostileCase): Promise<unknown> {
  const factory = QUERIES[hostile.file]
  if (!factory) throw new Error(`no query for ${hostile.file}`)
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return client.fetchQuery(factory() as never)
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('the hostile corpus through the loaders', () => {
  for (const hostile of readCases()) {
    // A known loader gap fails today: `it.fails` flips to red when the change lands (then make
    // it an `it` by dropping the case's gap in make-corpus.ts).
    const known = hostile.gap?.startsWith('loaders:') === true
    const run = known ? it.fails : it
    run(`${hostile.id}: ${hostile.loads}`, async () => {
      serve(hostile)
      const required = hostile.file.endsWith('sessions.json')
      let result: unknown
      try {
        result = await load(hostile)
      } catch (error) {
        if (!isLoadError(error)) throw error
        expect(error.url).toBe(`/${hostile.file}`)
        if (hostile.loads === 'not-found') {
          expect(required).toBe(true)
          expect(error.kind).toBe('not-found')
        } else expect(hostile.loads).toBe('load-error')
        if (hostile.serve.kind === 'hang') expect(error.kind).toBe('timeout')
        return
      }
      if (hostile.loads === 'not-found') expect(result).toBeNull()
      else {
        expect(hostile.loads).toBe('data')
        expect(result).not.toBeNull()
      }
    })
  }
})
