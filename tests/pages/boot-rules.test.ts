/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { moduleScripts, pageHtml } from '../../scripts/prerender/page-html.ts'
import {
  asksForOtherPage,
  bootClasses,
  isEmbed,
  PRERENDERED_META,
  THEME_KEY,
} from '../../src/pages/boot-rules.ts'
import { storedTheme } from '../../src/pages/theme.ts'
import { paramsOf } from '../../src/pages/url-state.ts'

/**
 * public/boot.js (a classic script run before the first paint) and the app (main.tsx, app.tsx,
 * theme.ts) must read a URL and a stored theme the same way, or a prerendered page flashes:
 * hidden while the app hydrates it, or shown in the wrong language or theme. boot.js runs here in
 * a DOM for every URL × stored choice × page kind, and its classes are compared with the app's.
 */
const BOOT = readFileSync('public/boot.js', 'utf8')

const SEARCHES = [
  '',
  '?embed=1',
  '?embed=true',
  '?embed=0',
  '?embed=1&embed=0',
  '?lang=en',
  '?lang=fr',
  '?lang=EN',
  '?lang=de',
  '?lang=',
  '?lang=en&embed=1',
  '?race=1101&tab=RACE',
  '?tab=GRID',
  '?season=2023',
  '?league=demo',
  '?local=1',
  '?sort=-pos&gap=interval',
]
const STORED = [null, 'light', 'dark', 'auto', 'DARK', 'bogus']

function runBoot(search: string, stored: string | null, prerendered: boolean): string[] {
  const html = document.documentElement
  html.className = ''
  document.head.innerHTML = prerendered
    ? `<meta name="${PRERENDERED_META}" content="/races/1101/" />`
    : ''
  window.localStorage.clear()
  if (stored !== null) window.localStorage.setItem(THEME_KEY, stored)
  window.history.replaceState(null, '', `/races/1101/${search}`)
  new Function(BOOT)()
  return [...html.classList]
}

afterEach(() => {
  window.localStorage.clear()
  document.documentElement.className = ''
})

describe('public/boot.js and the app agree', () => {
  for (const prerendered of [true, false]) {
    it(`on every URL and stored theme (${prerendered ? 'prerendered page' : 'the shell'})`, () => {
      for (const search of SEARCHES) {
        for (const stored of STORED) {
          const classes = runBoot(search, stored, prerendered)
          const expected = bootClasses(search, stored, prerendered)
          expect(classes.sort(), `${search} ${stored}`).toEqual([...expected].sort())
          // The app's own readers, on the same URL and storage.
          const theme = storedTheme()
          expect(theme === 'auto' ? null : theme).toBe(
            classes.find((name) => name === 'light' || name === 'dark') ?? null,
          )
          const params = paramsOf(`/races/1101/${search}`)
          expect(isEmbed(params), search).toBe(classes.includes('embed'))
        }
      }
    })
  }

  it('hides a prerendered page exactly when main.tsx renders instead of hydrating', () => {
    const hidden = SEARCHES.filter((search) => runBoot(search, null, true).includes('gp-pending'))
    expect(hidden).toEqual(
      SEARCHES.filter((search) => asksForOtherPage(new URLSearchParams(search))),
    )
    // Not a rule that hides or shows everything.
    expect(hidden).toContain('?lang=en')
    expect(hidden).toContain('?race=1101&tab=RACE')
    expect(hidden).not.toContain('?lang=de')
    expect(hidden).not.toContain('?sort=-pos&gap=interval')
  })

  it('reads the meta the prerender step writes', () => {
    const shell =
      '<html><head><meta charset="UTF-8" /><title>x</title><script type="module" crossorigin src="/assets/index-x.js"></script></head><body><div id="root"></div></body></html>'
    const page = pageHtml(shell, {
      href: '/races/1101/',
      title: '',
      description: '',
      modulePreloads: [],
      markup: '',
      data: '{}',
      deferEntry: true,
    })
    expect(page).toContain(`<meta name="${PRERENDERED_META}" content="/races/1101/" />`)
    // The entry boot.js requests after the first paint, not a module script the browser fetches.
    expect(page).toContain('<meta name="gp-page:entry" content="/assets/index-x.js" />')
    expect(page).not.toContain('<script type="module"')
    expect(BOOT).toContain(`document.querySelector('meta[name="gp-page:entry"]')`)
  })

  it('defers every module script of a shell whose entry has a runtime chunk beside it', () => {
    // Rolldown's output when the entry has top-level awaits (src/boot/): runtime, then entry.
    const shell =
      '<html><head><meta charset="UTF-8" /><title>x</title>' +
      '<script type="module" crossorigin src="/assets/rolldown-runtime-r.js"></script>\n    ' +
      '<script type="module" crossorigin src="/assets/index-x.js"></script>' +
      '</head><body><div id="root"></div></body></html>'
    expect(moduleScripts(shell)).toEqual(['/assets/rolldown-runtime-r.js', '/assets/index-x.js'])
    const page = pageHtml(shell, {
      href: '/races/1101/',
      title: '',
      description: '',
      modulePreloads: ['/assets/weekend-w.js'],
      markup: '',
      data: '{}',
      deferEntry: true,
    })
    expect(page).toContain('<meta name="gp-page:entry" content="/assets/index-x.js" />')
    expect(page).not.toContain('<script type="module"')
    // The runtime and the view's chunks: preloaded by boot.js with the entry, not before the paint.
    expect(page).toContain(
      '<meta name="gp-page:preload" content="/assets/rolldown-runtime-r.js /assets/weekend-w.js" />',
    )
    expect(page).not.toContain('<link rel="modulepreload"')
  })
})

describe('when boot.js runs the entry of a prerendered page', () => {
  it('at once when the URL asks for another page or language: the hidden HTML paints nothing to wait for', () => {
    document.head.innerHTML =
      `<meta name="${PRERENDERED_META}" content="/races/1101/" />` +
      '<meta name="gp-page:entry" content="/assets/index-x.js" />'
    window.history.replaceState(null, '', '/races/1101/?lang=en')
    // The dynamic import, which a Function body cannot do here, is handed in: it records the URL.
    const imported: string[] = []
    const stub = (url: string) => {
      imported.push(url)
      return Promise.resolve()
    }
    new Function('load', BOOT.replace('import(new URL', 'load(new URL'))(stub)
    expect(document.documentElement.classList.contains('gp-pending')).toBe(true)
    // Synchronously: no first paint, no timer.
    expect(imported).toEqual(['http://localhost:3000/assets/index-x.js'])
  })

  it('preloads the chunks the page lists beside the entry, when it runs it, one per task', async () => {
    document.head.innerHTML =
      `<meta name="${PRERENDERED_META}" content="/races/1101/" />` +
      '<meta name="gp-page:entry" content="/assets/index-x.js" />' +
      '<meta name="gp-page:preload" content="/assets/runtime-r.js /assets/weekend-w.js" />'
    window.history.replaceState(null, '', '/races/1101/?lang=en')
    new Function('load', BOOT.replace('import(new URL', 'load(new URL'))(() => Promise.resolve())
    const linked = () => document.head.querySelectorAll('link[rel="modulepreload"]').length
    expect(linked()).toBe(1)
    await new Promise((done) => setTimeout(done, 20))
    const links = [...document.head.querySelectorAll('link[rel="modulepreload"]')]
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/assets/runtime-r.js',
      '/assets/weekend-w.js',
    ])
  })
})
