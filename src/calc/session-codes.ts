/**
 * Session codes of the export format. Old exports used French codes (GRILLE, COURSE, MT);
 * they are normalized once, at load, and unknown codes are kept as they are (trimmed).
 */

const LEGACY_CODES: Record<string, string> = {
  GRILLE: 'GRID',
  COURSE: 'RACE',
  MT: 'FL',
}

/** " grille " → "GRID", "mt" → "FL", "el1" → "EL1", "Foo" → "FOO". */
export function normalizeSessionCode(raw: string): string {
  const code = raw.replace(/\s+/g, '').toUpperCase()
  return LEGACY_CODES[code] ?? code
}

export type SessionKind =
  | 'practice'
  | 'warmup'
  | 'prequalifying'
  | 'qualifying'
  | 'sprint-qualifying'
  | 'sprint-grid'
  | 'sprint'
  | 'grid'
  | 'race'
  | 'fastest-lap'
  | 'unknown'

/** Weekend order of the known codes; unknown codes come after all of them. */
const ORDER: ReadonlyArray<[RegExp, SessionKind]> = [
  [/^EL[1-4]$/, 'practice'],
  [/^WU$/, 'warmup'],
  [/^PQ$/, 'prequalifying'],
  [/^Q[1-4]$/, 'qualifying'],
  [/^SQ[1-3]?$/, 'sprint-qualifying'],
  [/^SGRID$/, 'sprint-grid'],
  [/^SPRINT$/, 'sprint'],
  [/^GRID$/, 'grid'],
  [/^RACE$/, 'race'],
  [/^FL$/, 'fastest-lap'],
]

export function sessionKind(code: string): SessionKind {
  for (const [pattern, kind] of ORDER) if (pattern.test(code)) return kind
  return 'unknown'
}

// The tab order fans expect: practice, warm-up, qualifying, sprint, grid, race, fastest lap.
const KIND_RANK: Record<SessionKind, number> = {
  practice: 0,
  warmup: 1,
  prequalifying: 2,
  qualifying: 3,
  'sprint-qualifying': 4,
  'sprint-grid': 5,
  sprint: 6,
  grid: 7,
  race: 8,
  'fastest-lap': 9,
  unknown: 10,
}

/** Sort key: weekend order, then the digit in the code (EL1 < EL2), then the code. */
export function compareSessionCodes(a: string, b: string): number {
  const byKind = KIND_RANK[sessionKind(a)] - KIND_RANK[sessionKind(b)]
  if (byKind !== 0) return byKind
  return compareNatural(a, b)
}

/**
 * "EL2" < "EL10": runs of digits compare as numbers, the rest character by character. (Written
 * out: `localeCompare(…, { numeric: true })` would load ICU's collation data on the way to the
 * first table.)
 */
export function compareNatural(a: string, b: string): number {
  const left = a.match(/\d+|\D+/g) ?? []
  const right = b.match(/\d+|\D+/g) ?? []
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? ''
    const y = right[i] ?? ''
    if (x === y) continue
    const numeric = /^\d/.test(x) && /^\d/.test(y)
    if (numeric && Number(x) !== Number(y)) return Number(x) - Number(y)
    return x < y ? -1 : 1
  }
  return left.length - right.length
}

/** Sessions whose times are single laps (they count for PerfTime); race totals do not. */
export function isLapTimeSession(code: string): boolean {
  const kind = sessionKind(code)
  return (
    kind === 'practice' ||
    kind === 'warmup' ||
    kind === 'prequalifying' ||
    kind === 'qualifying' ||
    kind === 'sprint-qualifying' ||
    kind === 'fastest-lap'
  )
}

/** Sessions whose gaps are computed from best_lap_ms (non-race sessions). */
export function hasComputedGaps(code: string): boolean {
  const kind = sessionKind(code)
  return kind !== 'race' && kind !== 'sprint' && kind !== 'grid' && kind !== 'sprint-grid'
}
