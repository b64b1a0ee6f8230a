/**
 * The embed protocol between gp-page in an iframe and its host page:
 *   child → parent  { type: "gp-page:height", height }      on every size change
 *   parent → child  { type: "gp-page:navigate", race, tab } only from allow-listed origins
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
