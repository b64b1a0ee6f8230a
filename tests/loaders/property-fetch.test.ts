import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isLoadError, type LoadError } from '../../src/calc/load-error.ts'
import { fetchJson } from '../../src/loaders/fetch-json.ts'
import { sessionsFileSchema } from '../../src/loaders/race-schemas.ts'
import { readPublicJson } from '../fixtures/sample.ts'

/**
 * fetchJson against every way a server or a network can answer: the only way out is the data or
 * a LoadError naming the file, of the kind the page words ("not found", "not JSON", "timeout"…).
 */

const URL = '/races/1101/sessions.json'
const SAMPLE = JSON.stringify(readPublicJson('races/1101/sessions.json'))
const NULL_BODY = new Set([204, 205, 304])

type Answer =
  | { kind: 'network-error' }
  | { kind: 'no-answer' }
  | { kind: 'answer'; status: number; contentType: string; body: string }

const answer: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'network-error' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'no-answer' as const }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      status: fc.oneof(
        fc.constantFrom(200, 404, 410, 500, 503),
        fc.integer({ min: 200, max: 599 }),
      ),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/html; charset=utf-8',
        'text/plain',
        '',
      ),
      body: fc.oneof(
        fc.constant(SAMPLE),
        fc.constant(SAMPLE.slice(0, 500)),
        fc.json(),
        fc.string(),
        fc.constantFrom('', '<!DOCTYPE html><h1>502</h1>', '  <html>', '\uFEFF{}'),
      ),
    }),
  },
)

function timedOut(): AbortSignal {
  return AbortSignal.abort(new DOMException('signal timed out', 'TimeoutError'))
}

/** A fetch that answers as told, and honours its signal like the browser's. */
function stubFetch(reply: Answer) {
  vi.restoreAllMocks()
  if (reply.kind === 'no-answer') vi.spyOn(AbortSignal, 'timeout').mockImplementation(timedOut)
  vi.stubGlobal('fetch', (_url: string, init?: RequestInit) => {
    const signal = init?.signal
    if (signal?.aborted) return Promise.reject(signal.reason)
    if (reply.kind === 'network-error') return Promise.reject(new TypeError('Failed to fetch'))
    if (reply.kind === 'no-answer') return new Promise(() => {})
    const body = NULL_BODY.has(reply.status) ? null : reply.body
    const headers: Record<string, string> = reply.contentType
      ? { 'content-type': reply.contentType }
      : {}
    return Promise.resolve(new Response(body, { status: reply.status, headers }))
  })
}

async function outcome(reply: Answer): Promise<LoadError | null> {
  stubFetch(reply)
  try {
    await fetchJson(URL, sessionsFileSchema)
    return null
  } catch (error) {
    if (isLoadError(error)) return error
    throw error
  }
}

function expectedKind(reply: Answer): LoadError['kind'] | 'data' | 'json-or-shape' {
  if (reply.kind === 'network-error') return 'network'
  if (reply.kind === 'no-answer') return 'timeout'
  if (reply.status === 404 || reply.status === 410) return 'not-found'
  if (reply.status >= 300) return 'network'
  if (reply.contentType.includes('text/html') || /^\s*<(!doctype|html)/i.test(reply.body)) {
    return 'not-json'
  }
  return reply.body === SAMPLE && !NULL_BODY.has(reply.status) ? 'data' : 'json-or-shape'
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('fetchJson', () => {
  it('gives the data or a LoadError naming the file, of the right kind, whatever the answer', async () => {
    await fc.assert(
      fc.asyncProperty(answer, async (reply) => {
        const error = await outcome(reply)
        const kind = expectedKind(reply)
        if (kind === 'data') expect(error).toBeNull()
        else if (error === null) expect(kind).toBe('json-or-shape')
        else {
          expect(error.url).toBe(URL)
          if (kind === 'json-or-shape') expect(['not-json', 'invalid-shape']).toContain(error.kind)
          else expect(error.kind).toBe(kind)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('a request the page cancels (TanStack Query) rejects with that cancellation, untouched', async () => {
    stubFetch({ kind: 'answer', status: 200, contentType: 'application/json', body: SAMPLE })
    const controller = new AbortController()
    controller.abort()
    await expect(fetchJson(URL, sessionsFileSchema, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    })
  })

  /**
   * Headers arrive, half the body follows, then `cut` runs while the page reads the rest. The body
   * honours the request's signal like the browser's: an abort errors it with the signal's reason.
   */
  function stubStalledBody(cut: (body: ReadableStreamDefaultController<Uint8Array>) => void) {
    vi.stubGlobal('fetch', (_url: string, init?: RequestInit) => {
      const signal = init?.signal
      const body = new ReadableStream<Uint8Array>({
        start(stream) {
          stream.enqueue(new TextEncoder().encode('{"meta": '))
          signal?.addEventListener('abort', () => stream.error(signal.reason))
          setTimeout(() => cut(stream), 0)
        },
      })
      return Promise.resolve(
        new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
      )
    })
  }

  // Headers arrive, then the body stalls: the timeout must name the file like any other one.
  it('a body that stalls after the headers is a timeout naming the file', async () => {
    const timer = new AbortController()
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => timer.signal)
    stubStalledBody(() => timer.abort(new DOMException('signal timed out', 'TimeoutError')))
    const error = await fetchJson(URL, sessionsFileSchema).catch((e: unknown) => e)
    expect(isLoadError(error)).toBe(true)
    expect(error).toMatchObject({ kind: 'timeout', url: URL })
  })

  it('a connection cut while the body is read is a network error naming the file', async () => {
    stubStalledBody((body) => body.error(new TypeError('network error')))
    const error = await fetchJson(URL, sessionsFileSchema).catch((e: unknown) => e)
    expect(isLoadError(error)).toBe(true)
    expect(error).toMatchObject({ kind: 'network', url: URL })
  })

  it('a body the page cancels mid-way rejects with that cancellation, untouched', async () => {
    const controller = new AbortController()
    stubStalledBody(() => controller.abort())
    const error = await fetchJson(URL, sessionsFileSchema, controller.signal).catch(
      (e: unknown) => e,
    )
    expect(isLoadError(error)).toBe(false)
    expect(error).toMatchObject({ name: 'AbortError' })
  })
})
