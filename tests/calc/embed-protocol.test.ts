/** @vitest-environment happy-dom */
import { renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  isAllowedOrigin,
  navigatedMessage,
  parseNavigatedMessage,
  parseNavigateMessage,
  parseOriginList,
} from '../../src/calc/embed-protocol.ts'
import { staysInFrame } from '../../src/calc/frame-views.ts'
import { useEmbedProtocol } from '../../src/pages/embed.ts'

// The embed protocol is checked against the allow-list both ways: the page tells its height only
// to an allow-listed parent (never "*"), and obeys navigation only from an allow-listed origin.

describe('the allow-list', () => {
  it('keeps exact origins (scheme, host, port) and drops wildcards, paths and junk', () => {
    expect(
      parseOriginList(
        ' https://stats.example/embed/page?x=1 , http://localhost:8080/, *, null, file:///x, junk',
      ),
    ).toEqual(['https://stats.example', 'http://localhost:8080'])
    expect(parseOriginList(undefined)).toEqual([])
    expect(parseOriginList('')).toEqual([])
  })
  // A "*" inside a host is a wildcard to CSP frame-ancestors but a literal to the message check:
  // the list must not hold one, wherever it stands.
  it('drops wildcard hosts ("https://*.example", "*.example", a "*" port)', () => {
    expect(
      parseOriginList('https://*.example, *.example, https://stats.example, http://localhost:*'),
    ).toEqual(['https://stats.example'])
  })
  it('compares origins exactly: no prefix, suffix, scheme or port look-alike passes', () => {
    const allow = ['https://stats.example']
    expect(isAllowedOrigin('https://stats.example', allow)).toBe(true)
    for (const origin of [
      'http://stats.example',
      'https://stats.example:8443',
      'https://stats.example.evil.example',
      'https://evil-stats.example',
      'https://sub.stats.example',
      'https://STATS.example.evil',
      'null',
      '',
      '*',
    ]) {
      expect(isAllowedOrigin(origin, allow), origin).toBe(false)
    }
    expect(isAllowedOrigin('null', ['null'])).toBe(false)
  })
})

describe('navigate messages', () => {
  it('accepts a race id and a tab code of safe characters', () => {
    expect(parseNavigateMessage({ type: 'gp-page:navigate', race: '1101', tab: 'RACE' })).toEqual({
      type: 'gp-page:navigate',
      race: '1101',
      tab: 'RACE',
    })
    expect(parseNavigateMessage({ type: 'gp-page:navigate', race: 1080 })).toEqual({
      type: 'gp-page:navigate',
      race: '1080',
      tab: null,
    })
  })
  it('refuses anything that could carry more than an id into the URL', () => {
    for (const race of ['1101&embed=0', '../1101', '1101#x', '<img>', '', 'a'.repeat(65), '1 1']) {
      expect(parseNavigateMessage({ type: 'gp-page:navigate', race }), race).toBeNull()
    }
    for (const tab of ['RACE&lang=en', 'javascript:x', 42, {}, []]) {
      expect(parseNavigateMessage({ type: 'gp-page:navigate', race: '1', tab })).toBeNull()
    }
    for (const data of [
      null,
      undefined,
      'gp-page:navigate',
      42,
      [],
      { type: 'other', race: '1' },
    ]) {
      expect(parseNavigateMessage(data)).toBeNull()
    }
  })
})

describe('navigated messages', () => {
  const base = 'https://gp.example/app/'
  it('carries the view (race, tab, season), the title and the canonical full-page URL', () => {
    expect(
      navigatedMessage(
        new URLSearchParams('race=1101&tab=GRID&embed=1&sort=pos&lang=en'),
        base,
        '  Abu Dhabi\n Grand Prix 2023 ',
      ),
    ).toEqual({
      type: 'gp-page:navigated',
      race: '1101',
      tab: 'GRID',
      title: 'Abu Dhabi Grand Prix 2023',
      url: 'https://gp.example/app/?race=1101&tab=GRID&lang=en',
    })
    expect(navigatedMessage(new URLSearchParams('season=2023&embed=1'), base, '')).toEqual({
      type: 'gp-page:navigated',
      season: '2023',
      url: 'https://gp.example/app/?season=2023',
    })
  })
  it('a race view carries its season (the race file’s year), the URL staying the race’s', () => {
    const params = new URLSearchParams('race=1101&tab=RACE&embed=1')
    expect(navigatedMessage(params, base, 'GP', 2023)).toEqual({
      type: 'gp-page:navigated',
      race: '1101',
      tab: 'RACE',
      season: '2023',
      title: 'GP',
      url: 'https://gp.example/app/?race=1101&tab=RACE',
    })
    // Before the file is read, no season rather than a guessed one; never a non-id one.
    expect(navigatedMessage(params, base, 'GP').season).toBeUndefined()
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 20.5, -2023, '20/23', 'NaN']) {
      expect(navigatedMessage(params, base, 'GP', bad).season, String(bad)).toBeUndefined()
    }
    // A season view is not a race view: the year given does not apply.
    expect(navigatedMessage(new URLSearchParams('season=2021'), base, '', 2023).season).toBe('2021')
  })
  it('never carries what a visitor typed beyond safe ids into the URL', () => {
    const message = navigatedMessage(
      new URLSearchParams('race=1101%26x%3D1&tab=//evil.example&embed=1'),
      base,
      'x',
    )
    expect(message.url).toBe('https://gp.example/app/')
    expect(message.race).toBeUndefined()
    expect(message.tab).toBeUndefined()
  })
  it('is accepted by a host only with a URL on gp-page’s origin and safe ids', () => {
    const good = navigatedMessage(new URLSearchParams('race=1101&tab=RACE'), base, 'GP')
    expect(parseNavigatedMessage(good, 'https://gp.example')).toEqual(good)
    for (const data of [
      { ...good, url: 'javascript:alert(1)' },
      { ...good, url: 'https://evil.example/?race=1101' },
      { ...good, race: '1101&x=1' },
      { ...good, title: 42 },
      { ...good, type: 'gp-page:navigate' },
      null,
      'gp-page:navigated',
    ]) {
      expect(parseNavigatedMessage(data, 'https://gp.example')).toBeNull()
    }
  })
  it('keeps race and season views in the frame, nothing else', () => {
    expect(staysInFrame(new URLSearchParams('race=1101&embed=1'))).toBe(true)
    expect(staysInFrame(new URLSearchParams('season=2023&embed=1'))).toBe(true)
    for (const query of ['embed=1', 'league=l&round=r&embed=1', 'race=1&local=1', 'lang=en']) {
      expect(staysInFrame(new URLSearchParams(query)), query).toBe(false)
    }
  })
})

describe('useEmbedProtocol, both ways', () => {
  const post = vi.fn()
  const realParent = window.parent

  function embedUnder(referrer: string) {
    Object.defineProperty(window, 'parent', { value: { postMessage: post }, configurable: true })
    Object.defineProperty(document, 'referrer', { value: referrer, configurable: true })
  }
  function message(origin: string, data: unknown) {
    window.dispatchEvent(new MessageEvent('message', { origin, data }))
  }

  beforeEach(() => {
    post.mockClear()
    vi.stubEnv('VITE_EMBED_ORIGINS', 'https://stats.example')
    window.history.replaceState(null, '', '/?race=1101&tab=RACE&embed=1')
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    Object.defineProperty(window, 'parent', { value: realParent, configurable: true })
  })

  it('tells its height to an allow-listed parent, with that exact target origin', () => {
    embedUnder('https://stats.example/grand-prix/abu-dhabi')
    const { unmount } = renderHook(() => useEmbedProtocol(true))
    expect(post).toHaveBeenCalled()
    for (const [data, target] of post.mock.calls) {
      if (data.type === 'gp-page:height')
        expect(data).toEqual({ type: 'gp-page:height', height: expect.any(Number) })
      else expect(data.type).toBe('gp-page:navigated')
      expect(target).toBe('https://stats.example')
    }
    unmount()
  })

  it('tells an allow-listed parent where it is, and again after a navigate message', async () => {
    embedUnder('https://stats.example/')
    const { unmount, rerender } = renderHook(() => useEmbedProtocol(true))
    const navigated = () =>
      post.mock.calls.filter(([data]) => data.type === 'gp-page:navigated').map((call) => call)
    expect(navigated().at(-1)).toEqual([
      {
        type: 'gp-page:navigated',
        race: '1101',
        tab: 'RACE',
        url: 'http://localhost:3000/?race=1101&tab=RACE',
      },
      'https://stats.example',
    ])
    message('https://stats.example', { type: 'gp-page:navigate', race: '1080', tab: 'GRID' })
    rerender()
    expect(navigated().at(-1)?.[0]).toMatchObject({ race: '1080', tab: 'GRID' })
    unmount()
  })

  it('tells nothing to a parent that is not allow-listed', () => {
    embedUnder('https://evil.example/frame')
    const { unmount } = renderHook(() => useEmbedProtocol(true))
    expect(post).not.toHaveBeenCalled()
    unmount()
  })

  it('tells nothing when it cannot know the parent (no referrer), never "*"', () => {
    embedUnder('')
    const { unmount } = renderHook(() => useEmbedProtocol(true))
    expect(post).not.toHaveBeenCalled()
    unmount()
  })

  it('obeys navigation only from an allow-listed origin, and only with a valid message', () => {
    embedUnder('https://stats.example/')
    const { unmount } = renderHook(() => useEmbedProtocol(true))
    message('https://evil.example', { type: 'gp-page:navigate', race: '1080', tab: 'GRID' })
    message('null', { type: 'gp-page:navigate', race: '1080', tab: 'GRID' })
    message('https://stats.example.evil.example', { type: 'gp-page:navigate', race: '1080' })
    expect(window.location.search).toBe('?race=1101&tab=RACE&embed=1')
    message('https://stats.example', {
      type: 'gp-page:navigate',
      race: '1080&embed=0',
      tab: 'GRID',
    })
    expect(window.location.search).toBe('?race=1101&tab=RACE&embed=1')
    message('https://stats.example', { type: 'gp-page:navigate', race: '1080', tab: 'GRID' })
    const params = new URLSearchParams(window.location.search)
    expect([params.get('race'), params.get('tab'), params.get('embed')]).toEqual([
      '1080',
      'GRID',
      '1',
    ])
    unmount()
  })

  it('does nothing outside embed mode, even for an allow-listed origin', () => {
    embedUnder('https://stats.example/')
    const { unmount } = renderHook(() => useEmbedProtocol(false))
    message('https://stats.example', { type: 'gp-page:navigate', race: '1080', tab: 'GRID' })
    expect(post).not.toHaveBeenCalled()
    expect(window.location.search).toBe('?race=1101&tab=RACE&embed=1')
    unmount()
  })
})
