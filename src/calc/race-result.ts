import type { SessionRow } from './export-types.ts'

/** Status codes of the export's RACE rows. */
export type RaceStatus = 'ab' | 'nc' | 'np' | 'nq' | 'dsq' | 'pl'

const KNOWN: ReadonlySet<string> = new Set(['ab', 'nc', 'np', 'nq', 'dsq', 'pl'])

/** "AB" → "ab", "dnf" → "ab", "dns" → "np", "dnq"/"dnpq" → "nq"; unknown text is kept as is. */
export function normalizeStatus(status: string | null): RaceStatus | string | null {
  if (status == null || status.trim() === '') return null
  const code = status.trim().toLowerCase()
  const aliases: Record<string, RaceStatus> = {
    dnf: 'ab',
    ret: 'ab',
    dns: 'np',
    dnq: 'nq',
    dnpq: 'nq',
  }
  const mapped = aliases[code] ?? code
  return KNOWN.has(mapped) ? mapped : status.trim()
}

function isGapText(text: string | null): text is string {
  return text?.trim().startsWith('+') === true
}

/**
 * The "Temps/Écart" cell of a race: the winner's race time, a gap ("+17.993", "+1 lap") for the
 * others. A retirement reason is not a gap: it goes to the status column.
 */
export function raceTimeOrGap(row: SessionRow, isFirst: boolean): string | null {
  if (isGapText(row.delta)) return row.delta
  if (isFirst || row.position === 1) return row.best_lap_time_raw
  return row.status == null ? row.best_lap_time_raw : null
}

/** The reason that goes with a status: "Engine" for a retirement whose delta holds it. */
export function statusReason(row: SessionRow): string | null {
  if (row.status == null || row.delta == null || isGapText(row.delta)) return null
  return row.delta
}
