import { parseLang } from '../i18n/messages.ts'

/**
 * The rules public/boot.js applies before the first paint, in one place for the app: the same
 * query params, storage key and defaults. boot.js is a classic script (no import), so it repeats
 * them; tests/pages/boot-rules.test.ts runs it in a DOM against these functions for a table of
 * URLs and stored choices.
 */

/** localStorage key of the reader's theme choice; absent means "follow the system". */
export const THEME_KEY = 'gp-page:theme'

/** The meta a prerendered page carries (scripts/prerender/page-html.ts). */
export const PRERENDERED_META = 'gp-page:prerendered'

/** Query params that ask for another view than the one a prerendered page's HTML holds. */
export const VIEW_KEYS: readonly string[] = ['race', 'tab', 'season', 'league', 'local']

/** The class a stored theme choice puts on <html>: only "light" and "dark" are choices. */
export function themeClass(stored: string | null): 'light' | 'dark' | null {
  return stored === 'light' || stored === 'dark' ? stored : null
}

/** `?embed=1`, and nothing else, is the iframe mode. */
export function isEmbed(query: URLSearchParams): boolean {
  return query.get('embed') === '1'
}

/**
 * The query asks for another view or language than the prerendered HTML (French, the view of its
 * path): the app renders that one in the browser, and boot.js hides #root until it is there.
 */
export function asksForOtherPage(query: URLSearchParams): boolean {
  return VIEW_KEYS.some((key) => query.has(key)) || parseLang(query.get('lang')) !== 'fr'
}

/** The classes boot.js must set on <html> for this query string, stored choice and page. */
export function bootClasses(search: string, stored: string | null, prerendered: boolean) {
  const query = new URLSearchParams(search)
  const classes: string[] = []
  const theme = themeClass(stored)
  if (theme) classes.push(theme)
  if (isEmbed(query)) classes.push('embed')
  if (prerendered && asksForOtherPage(query)) classes.push('gp-pending')
  return classes
}
