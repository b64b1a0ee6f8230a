import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isAllowedOrigin,
  navigatedMessage,
  parseNavigatedMessage,
  parseNavigateMessage,
  parseOriginList,
} from '../../src/calc/embed-protocol.ts'

const ID = /^[A-Za-z0-9_-]{1,64}$/
const id = fc.stringMatching(ID)
/** http(s) origins with or without a port. */
const origin = fc
  .tuple(
    fc.constantFrom('http', 'https'),
    fc.domain(),
    fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: undefined }),
  )
  .map(([scheme, host, port]) => new URL(`${scheme}://${host}${port ? `:${port}` : ''}`).origin)

describe('parseNavigateMessage', () => {
  it('never throws on anything a window can post; the result is null or safe ids only', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            type: fc.constant('gp-page:navigate'),
            race: fc.anything(),
            tab: fc.anything(),
          }),
        ),
        (data) => {
          const message = parseNavigateMessage(data)
          if (message === null) return
          expect(message.type).toBe('gp-page:navigate')
          expect(message.race).toMatch(ID)
          if (message.tab !== null) expect(message.tab).toMatch(ID)
        },
      ),
    )
  })
  it('round-trips every valid message', () => {
    fc.assert(
      fc.property(id, fc.option(id, { nil: null }), (race, tab) => {
        expect(parseNavigateMessage({ type: 'gp-page:navigate', race, tab })).toEqual({
          type: 'gp-page:navigate',
          race,
          tab,
        })
      }),
    )
  })
  it('refuses any race or tab with a character outside [A-Za-z0-9_-]', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), id, (bad, good) => {
        fc.pre(!ID.test(bad))
        expect(parseNavigateMessage({ type: 'gp-page:navigate', race: bad })).toBeNull()
        expect(parseNavigateMessage({ type: 'gp-page:navigate', race: good, tab: bad })).toBeNull()
      }),
    )
  })
})

describe('parseOriginList and isAllowedOrigin', () => {
  it('never throws; every entry is a serialized origin, never "*" or "null"', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(fc.webUrl()).map((urls) => urls.join(',')),
        ),
        (text) => {
          for (const entry of parseOriginList(text)) {
            expect(entry).not.toBe('*')
            expect(entry).not.toBe('null')
            expect(new URL(entry).origin).toBe(entry)
          }
        },
      ),
    )
  })
  it('keeps the origin of each listed URL, in order', () => {
    fc.assert(
      fc.property(
        fc.array(origin, { maxLength: 5 }),
        fc.constantFrom('', '/', '/embed?x=1'),
        (list, path) => {
          const text = list.map((entry) => ` ${entry}${path} `).join(',')
          expect(parseOriginList(text)).toEqual(list)
        },
      ),
    )
  })
  it('allows exactly the listed origins', () => {
    fc.assert(
      fc.property(fc.array(origin, { maxLength: 5 }), origin, (list, other) => {
        expect(isAllowedOrigin(other, list)).toBe(list.includes(other))
        for (const entry of list) expect(isAllowedOrigin(entry, list)).toBe(true)
        expect(isAllowedOrigin('null', [...list, 'null'])).toBe(false)
      }),
    )
  })
})

describe('navigatedMessage', () => {
  it('whatever the frame’s query and title, the URL stays under the app base and a host accepts it', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('race', 'tab', 'season', 'lang', 'embed', 'x'), fc.string()),
        fc.string(),
        (query, title) => {
          const params = new URLSearchParams(query)
          const message = navigatedMessage(params, 'https://gp.example/app/', title)
          const url = new URL(message.url)
          expect(`${url.origin}${url.pathname}`).toBe('https://gp.example/app/')
          expect(url.searchParams.has('embed')).toBe(false)
          for (const key of ['race', 'tab', 'season'] as const) {
            if (message[key] !== undefined) expect(message[key]).toMatch(ID)
          }
          expect(parseNavigatedMessage(message, 'https://gp.example')).toEqual(message)
        },
      ),
    )
  })
})
