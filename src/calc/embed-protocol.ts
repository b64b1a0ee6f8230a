/**
 * The embed protocol between gp-page in an iframe and its host page:
 *   child → parent  { type: "gp-page:height", height }      on every size change
 *   parent → child  { type: "gp-page:navigate", race, tab } only from allow-listed origins
 *   child → parent  { type: "gp-page:navigated", race, tab, season, title, url } after each navigation
 * Origins are compared exactly (scheme + host + port); "*" is never used.
 */

export interface NavigateMessage {
  type: 'gp-page:navigate'
  race: string
  tab: string | null
}

/** "https://a.example, https://b.example/" → ["https://a.example", "https://b.example"] */
export function parseOriginList(text: string | undefined): string[] {
  if (!text) return []
  return (
    text
      .split(',')
      .map((entry) => entry.trim())
      // "*" or "https://*.example" would open the door to anyone: wildcards are dropped.
      .filter((entry) => entry !== '' && !entry.includes('*'))
      .flatMap((entry) => {
        try {
          const url = new URL(entry)
          return url.origin === 'null' ? [] : [url.origin]
        } catch {
          return []
        }
      })
  )
}

export function isAllowedOrigin(origin: string, allowList: readonly string[]): boolean {
  return origin !== 'null' && allowList.includes(origin)
}

const ID = /^[A-Za-z0-9_-]{1,64}$/

function raceNumber(race: number): string | null {
  return Number.isSafeInteger(race) && race >= 0 ? String(race) : null
}

/** A navigate message with a race id and an optional tab code of safe characters, else null. */
export function parseNavigateMessage(data: unknown): NavigateMessage | null {
  if (data === null || typeof data !== 'object') return null
  const record = data as Record<string, unknown>
  if (record.type !== 'gp-page:navigate') return null
  // A number is a race id only when whole (NaN, Infinity, 1.5 would show as « NaN » or worse).
  const race = typeof record.race === 'number' ? raceNumber(record.race) : record.race
  if (typeof race !== 'string' || !ID.test(race)) return null
  const tab = record.tab == null ? null : record.tab
  if (tab !== null && (typeof tab !== 'string' || !ID.test(tab))) return null
  return { type: 'gp-page:navigate', race, tab }
}

/** child → parent after every navigation inside the frame: the host follows (address, title). */
export interface NavigatedMessage {
  type: 'gp-page:navigated'
  race?: string
  tab?: string
  season?: string
  title?: string
  url: string
}

// The params that make a view: the canonical URL carries them and nothing of the frame's own
// (embed, sort) or of whatever else a host put in the iframe's address.
const VIEW_KEYS = ['race', 'tab', 'season', 'lang'] as const

/**
 * The message telling the host where the frame now is. `appBase` is the absolute URL of the app's
 * base ("https://gp.example/app/"): the canonical URL is built from it, never from the frame's
 * location.pathname, which a visitor can shape. `raceSeason` is the year of a race view (its
 * sessions.json's meta, once read): PRODUCT.md's `season` applies to race views too, while the
 * canonical URL of a race stays `?race=…&tab=…`.
 */
export function navigatedMessage(
  params: URLSearchParams,
  appBase: string,
  title: string,
  raceSeason?: number | string,
): NavigatedMessage {
  const canonical = new URLSearchParams()
  const message: NavigatedMessage = { type: 'gp-page:navigated', url: '' }
  for (const key of VIEW_KEYS) {
    const value = params.get(key)
    if (value === null || !ID.test(value)) continue
    canonical.set(key, value)
    if (key !== 'lang') message[key] = value
  }
  const query = canonical.toString()
  message.url = new URL(query ? `?${query}` : '', appBase).href
  const year = raceSeason === undefined ? '' : String(raceSeason)
  // A year, never "NaN" nor whatever a broken file holds (an id-safe text is not enough).
  if (message.race && !message.season && /^\d{4}$/.test(year)) message.season = year
  const trimmed = title.replace(/\s+/g, ' ').trim()
  if (trimmed) message.title = trimmed.slice(0, 200)
  return message
}

/** A navigated message as a host should accept it: known fields of safe form, else null. */
export function parseNavigatedMessage(data: unknown, appOrigin: string): NavigatedMessage | null {
  if (data === null || typeof data !== 'object') return null
  const record = data as Record<string, unknown>
  if (record.type !== 'gp-page:navigated' || typeof record.url !== 'string') return null
  let url: URL
  try {
    url = new URL(record.url)
  } catch {
    return null
  }
  // A URL elsewhere would let the frame steer the host's links (or run "javascript:").
  if (url.origin !== appOrigin) return null
  const message: NavigatedMessage = { type: 'gp-page:navigated', url: url.href }
  for (const key of ['race', 'tab', 'season'] as const) {
    const value = record[key]
    if (value === undefined) continue
    if (typeof value !== 'string' || !ID.test(value)) return null
    message[key] = value
  }
  if (record.title !== undefined) {
    if (typeof record.title !== 'string') return null
    message.title = record.title.slice(0, 200)
  }
  return message
}
