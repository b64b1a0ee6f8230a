/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest'
import { currentParams, hrefWith, navigate } from '../../src/pages/url-state.ts'

/**
 * Links and history entries start from the app's base (import.meta.env.BASE_URL), never from the
 * path the visitor typed: "//evil.example/%2e%2e%2findex.html?race=1101" once made every link of
 * the page point to evil.example (issue 18). The server refuses such paths too (serve-hardening).
 */
const BASE = import.meta.env.BASE_URL

describe('links built from the URL state', () => {
  afterEach(() => window.history.replaceState(null, '', '/'))

  for (const typed of [
    '/%2e%2e%2findex.html?race=1101',
    '/.//evil.example/x/?race=1101',
    '/races/1101/sessions.json?race=1101',
    '/index.html/extra/path?race=1101',
  ]) {
    it(`start from the base, whatever the path typed (${typed})`, () => {
      window.history.replaceState(null, '', typed)
      const href = hrefWith({ tab: 'GRID' }, currentParams())
      expect(href).toBe(`${BASE}?race=1101&tab=GRID`)
      expect(new URL(href, 'https://gp.example/x/y').origin).toBe('https://gp.example')
    })
  }

  it('history entries too', () => {
    window.history.replaceState(null, '', '/%2e%2e%2fdeep/path?race=1101')
    navigate({ tab: 'PERF' })
    expect(window.location.pathname).toBe(BASE)
    expect(window.location.search).toBe('?race=1101&tab=PERF')
  })
})
