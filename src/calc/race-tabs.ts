import type { Session } from './export-types.ts'
import { combinableSessions } from './qualifying-sessions.ts'
import { compareSessionCodes, normalizeSessionCode } from './session-codes.ts'

/**
 * The tabs of a race page in weekend order: each session (unknown codes after the known ones,
 * never dropped), then PERF and RESUME (and LAPS when laps.json exists), then CHAMP when the
 * season has a championship file.
 */
export function raceTabs(
  sessions: readonly Session[],
  hasChampionship: boolean,
  hasLaps = false,
): string[] {
  const codes: string[] = []
  // QUALI: the combined qualifying table, when the weekend has two qualifying sessions or more.
  const combined = combinableSessions(sessions).length > 0 ? [{ code: 'QUALI' }] : []
  for (const session of [...sessions, ...combined].sort((a, b) =>
    compareSessionCodes(a.code, b.code),
  )) {
    if (!codes.includes(session.code)) codes.push(session.code)
  }
  if (sessions.length > 0) codes.push('PERF', 'RESUME')
  if (sessions.length > 0 && hasLaps) codes.push('LAPS')
  if (hasChampionship) codes.push('CHAMP')
  return codes
}

/** The tab the URL asks for ("grille" → GRID), else RACE, else the first one. */
export function pickTab(tabs: readonly string[], requested: string | null): string | null {
  if (requested) {
    const code = normalizeSessionCode(requested)
    if (tabs.includes(code)) return code
  }
  return tabs.includes('RACE') ? 'RACE' : (tabs[0] ?? null)
}
