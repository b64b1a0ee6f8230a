import type { Session } from './export-types.ts'

/**
 * Which sessions the combined qualifying table joins (its own file: the tab list reads it on the
 * first load, the table's calc stays in its lazy chunk).
 */
const QUALIFYING = /^(PQ|Q[1-4])$/

/** The sessions a combined table would join: at least two qualifying sessions with rows. */
export function combinableSessions(sessions: readonly Session[]): Session[] {
  const found = sessions.filter((s) => QUALIFYING.test(s.code) && s.rows.length > 0)
  // Pre-qualifying first, then Q1, Q2… in order.
  const ordered = found.sort((a, b) =>
    a.code === 'PQ' ? -1 : b.code === 'PQ' ? 1 : a.code < b.code ? -1 : 1,
  )
  return ordered.filter((s) => s.code !== 'PQ').length >= 2 ? ordered : []
}
