import { sessionRules } from './session-kinds.ts'

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

/** Sort key: weekend order, then the digit in the code (EL1 < EL2), then the code. */
export function compareSessionCodes(a: string, b: string): number {
  const byKind = sessionRules(a).rank - sessionRules(b).rank
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
  return sessionRules(code).lapTimes
}
