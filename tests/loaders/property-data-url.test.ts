import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isLoadError } from '../../src/calc/load-error.ts'
import { leaguePaths } from '../../src/features/league/loaders/paths.ts'
import {
  leagueRoundQuery,
  leagueStandingsQuery,
} from '../../src/features/league/loaders/queries.ts'
import { PUBLISHED } from '../../src/loaders/data-source.ts'
import { dataUrl, isSafeId, paths } from '../../src/loaders/data-url.ts'
import {
  championshipQuery,
  perftimeQuery,
  resumeQuery,
  sessionsQuery,
} from '../../src/loaders/race-queries.ts'

/**
 * Data URLs are built from ids the page's own URL gives (?race=…, ?season=…, ?league=…): whatever
 * the id, the request stays on the app's origin, in the folder of its kind, and names that id.
 * "." and ".." are the exception the paths cannot encode away: the queries refuse any id that is
 * not a plain id (isSafeId) before they build a request.
 */

const APP = 'https://gp.example/'
const anyId = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1 }),
  fc.constantFrom(
    '//evil.example',
    'https://evil.example/x',
    '..%2f..',
    '%2e%2e',
    '?x=1',
    '#x',
    '\\..',
  ),
)

function resolved(path: string): URL {
  return new URL(dataUrl(path), APP)
}

const BUILDERS: Array<[string, (id: string) => string, RegExp]> = [
  ['sessions', paths.sessions, /^\/races\/([^/]+)\/sessions\.json$/],
  ['perftime', paths.perftime, /^\/races\/([^/]+)\/perftime\.json$/],
  ['resume', paths.resume, /^\/races\/([^/]+)\/resume\.json$/],
  ['championship', paths.championship, /^\/seasons\/([^/]+)\/championship\.json$/],
  [
    'league round',
    (id) => leaguePaths.round(id, id),
    /^\/leagues\/([^/]+)\/rounds\/([^/]+)\.json$/,
  ],
  [
    'league standings',
    (id) => leaguePaths.standings(id, id),
    /^\/leagues\/([^/]+)\/seasons\/([^/]+)\/standings\.json$/,
  ],
]

describe.each(BUILDERS)('%s URL', (_name, build, shape) => {
  it('never leaves the app origin, whatever the id', () => {
    fc.assert(fc.property(anyId, (id) => resolved(build(id)).origin === new URL(APP).origin))
  })
  it('stays in its folder and names the id, for every id but "." and ".."', () => {
    fc.assert(
      fc.property(anyId, (id) => {
        fc.pre(id !== '.' && id !== '..')
        const match = shape.exec(resolved(build(id)).pathname)
        expect(match).not.toBeNull()
        expect(decodeURIComponent(match?.[1] ?? '')).toBe(id)
      }),
    )
  })
  it('"." and ".." would leave the folder: the queries refuse them before building a request', () => {
    // races/../sessions.json resolves to /sessions.json. The paths do not guard against it on
    // their own: every query checks its ids with isSafeId first (below).
    for (const id of ['.', '..']) expect(shape.test(resolved(build(id)).pathname)).toBe(false)
  })
})

/** Ids the page's URL can carry that are not plain ids ([A-Za-z0-9_-]{1,64}). */
const UNSAFE = ['.', '..', '../1101', 'a/b', '%2e%2e', '', ' 1101', '1101?x', 'a'.repeat(65)]
const unsafeId = fc.oneof(
  fc.constantFrom(...UNSAFE),
  anyId.filter((id) => !isSafeId(id)),
)

describe('isSafeId', () => {
  it('accepts plain ids: letters, digits, "-" and "_", 1 to 64 of them', () => {
    for (const id of ['1101', '2023', 'gt-masters', 'round_01', 'a'.repeat(64)]) {
      expect(isSafeId(id), id).toBe(true)
    }
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), (id) => isSafeId(id)))
  })
  it('refuses ".", "..", separators, encodings, blanks and overlong ids', () => {
    for (const id of UNSAFE) expect(isSafeId(id), JSON.stringify(id)).toBe(false)
    fc.assert(fc.property(anyId, (id) => !/[./\\%?#\s]/.test(id) || !isSafeId(id)))
  })
  it.each(BUILDERS)(
    'every id it accepts stays in the %s folder and is named there',
    (_n, build, shape) => {
      fc.assert(
        fc.property(fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), anyId), (id) => {
          fc.pre(isSafeId(id))
          const match = shape.exec(resolved(build(id)).pathname)
          expect(match?.[1]).toBe(id)
        }),
      )
    },
  )
})

type QueryFn = (context: { signal: AbortSignal }) => Promise<unknown>
const run = (query: { queryFn?: unknown }) =>
  (query.queryFn as QueryFn)({ signal: new AbortController().signal })

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

describe('queries given an id that is not a plain id', () => {
  const fetchSpy = vi.fn(async () => new Response('Not found', { status: 404 }))
  beforeEach(() => {
    fetchSpy.mockClear()
    vi.stubGlobal('fetch', fetchSpy)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  // sessions.json is required: "not found" shows the page's "race not found", and no request is
  // made for an id such as ".." (it would resolve to /sessions.json, outside races/).
  it('sessionsQuery rejects with "not found" naming the file, without any request', async () => {
    for (const id of ['..', '.', ...UNSAFE]) {
      const error = await rejection(run(sessionsQuery(PUBLISHED, id)))
      expect(isLoadError(error) && error.kind, JSON.stringify(id)).toBe('not-found')
    }
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  // The optional files: their "not found" is the fallback (null), as for a 404.
  it('perftime, resume and championship resolve to "not found" (null), without any request', async () => {
    await fc.assert(
      fc.asyncProperty(unsafeId, async (id) => {
        expect(await run(perftimeQuery(PUBLISHED, id))).toBeNull()
        expect(await run(resumeQuery(PUBLISHED, id))).toBeNull()
        expect(await run(championshipQuery(PUBLISHED, id))).toBeNull()
      }),
      { examples: [['.'], ['..']] },
    )
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('league rounds and standings reject with "not found", without any request', async () => {
    await fc.assert(
      fc.asyncProperty(unsafeId, async (id) => {
        for (const query of [
          leagueRoundQuery(PUBLISHED, id, '1'),
          leagueRoundQuery(PUBLISHED, 'gt-masters', id),
          leagueStandingsQuery(PUBLISHED, id, '2023'),
          leagueStandingsQuery(PUBLISHED, 'gt-masters', id),
        ]) {
          const error = await rejection(run(query))
          expect(isLoadError(error) && error.kind).toBe('not-found')
        }
      }),
      { examples: [['.'], ['..']] },
    )
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('a plain id is requested in its folder', async () => {
    await run(perftimeQuery(PUBLISHED, '1101'))
    expect(fetchSpy).toHaveBeenCalledWith('/races/1101/perftime.json', expect.anything())
  })
})
