/** @vitest-environment happy-dom */
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { configureUrls, hrefWith, paramsOf } from '../../src/pages/url-state.ts'

const BASE = import.meta.env.BASE_URL
const q = (text: string) => new URLSearchParams(text)

afterEach(() => configureUrls({ serverHref: '', pathForm: false }))

describe('page paths read as params (issue 17)', () => {
  it.each([
    ['/races/1101/', 'race=1101'],
    ['/races/1101/grid/', 'race=1101&tab=GRID'],
    ['/races/1101/grid/?sort=-laps&lang=en', 'sort=-laps&lang=en&race=1101&tab=GRID'],
    ['/seasons/2023/', 'season=2023'],
    ['/?race=1101&tab=RACE', 'race=1101&tab=RACE'],
    ['/races/1101/grid/?race=265', 'race=265&tab=GRID'],
    ['/races/../etc/', ''],
    ['/races/1101/a/b/', ''],
    ['/seasons/2023/x/', ''],
    ['/assets/x.js', ''],
  ])('%s → %s', (href, expected) => {
    expect(paramsOf(href).toString()).toBe(expected)
  })
})

describe('links in path form on a prerendered site', () => {
  it.each([
    [{ tab: 'GRID' }, 'race=1101&tab=RACE', `${BASE}races/1101/grid/`],
    [{ tab: 'PERF', sort: '-laps' }, 'race=1101', `${BASE}races/1101/perf/?sort=-laps`],
    [{ race: null, tab: null, season: '2023' }, 'race=1101', `${BASE}seasons/2023/`],
    [{ race: null, tab: null }, 'race=1101&lang=en', `${BASE}?lang=en`],
    [{ league: 'gt' }, 'race=1101', `${BASE}?race=1101&league=gt`],
    [{ local: '1' }, 'race=1101&tab=GRID', `${BASE}?race=1101&tab=GRID&local=1`],
    [{ race: '../x' }, '', `${BASE}?race=..%2Fx`],
    [{ tab: 'a/b' }, 'race=1101', `${BASE}?race=1101&tab=a%2Fb`],
  ])('%o from %s → %s', (changes, from, expected) => {
    configureUrls({ serverHref: '', pathForm: true })
    expect(hrefWith(changes, q(from))).toBe(expected)
  })

  it('stay in the query form without the prerendered meta (app.html, dev, folders)', () => {
    expect(hrefWith({ tab: 'GRID' }, q('race=1101'))).toBe(`${BASE}?race=1101&tab=GRID`)
  })

  it('stay on the origin and under the base, and read back as the same params', () => {
    configureUrls({ serverHref: '', pathForm: true })
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('race', 'tab', 'season', 'league', 'lang', 'sort'),
          fc.oneof(
            fc.string({ unit: 'binary' }),
            fc.constantFrom('1101', 'GRID', '..', '//evil.example', 'https://evil.example'),
          ),
        ),
        (changes) => {
          const href = hrefWith(changes, q('race=1101'))
          const url = new URL(href, 'https://gp.example/app/')
          expect(url.origin).toBe('https://gp.example')
          expect(url.pathname.startsWith(BASE)).toBe(true)
          expect(url.pathname).toMatch(/^[A-Za-z0-9_/-]*$/)
          const expected = hrefWith(changes, q('race=1101'))
          configureUrls({ serverHref: '', pathForm: false })
          const query = hrefWith(changes, q('race=1101'))
          configureUrls({ serverHref: '', pathForm: true })
          const read = paramsOf(expected)
          const wanted = new URLSearchParams(query.slice(query.indexOf('?') + 1))
          if (!query.includes('?')) for (const key of [...wanted.keys()]) wanted.delete(key)
          for (const key of ['race', 'tab', 'season']) {
            const value = wanted.get(key)
            expect(read.get(key)?.toUpperCase() ?? null).toBe(value?.toUpperCase() ?? null)
          }
        },
      ),
    )
  })
})
