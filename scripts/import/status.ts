/**
 * F1DB positions that are not numbers → the export's status codes (seed 000: "abandon ou
 * écart"): ab = retired, nc = not classified, np = did not start, nq = did not (pre-)qualify,
 * dsq = disqualified.
 */
const STATUS: Record<string, string> = {
  DNF: 'ab',
  NC: 'nc',
  DNS: 'np',
  DNQ: 'nq',
  DNPQ: 'nq',
  DSQ: 'dsq',
  // Excluded (1984 Tyrrell, whose every result was struck out): shown as disqualified.
  EX: 'dsq',
  // Did not participate (2015 Australia: Marussia's cars never ran): did not start.
  DNP: 'np',
}

/** The export position: F1DB's when it is a number, else null ("DNF", "PL"…). */
export function numericPosition(position: number | string | null): number | null {
  return typeof position === 'number' && Number.isInteger(position) ? position : null
}

/** Practice, qualifying, fastest laps: "DNQ" → "nq", "NC" → "nc", unknown "EX" → "ex", 3 → null. */
export function sessionStatus(position: number | string | null): string | null {
  if (position === null || numericPosition(position) !== null) return null
  const code = String(position).trim().toUpperCase()
  return STATUS[code] ?? code.toLowerCase()
}

/** Starting grid: "PL" is a pit-lane start (kept upper-case, as the page expects it). */
export function gridStatus(position: number | string | null): string | null {
  return String(position).trim().toUpperCase() === 'PL' ? 'PL' : sessionStatus(position)
}

/**
 * Race and sprint: a classified car that still has a retirement reason retired late enough to
 * be classified (2023 Abu Dhabi: Sainz, 18th, "Engine") → "ab", like a DNF.
 */
export function raceStatus(position: number | string | null, reasonRetired: string | null) {
  if (numericPosition(position) !== null) return reasonRetired ? 'ab' : null
  return sessionStatus(position)
}

/** Codes the importer knows; anything else is exported lower-cased, with a warning. */
export function isKnownPosition(position: number | string | null): boolean {
  if (position === null || numericPosition(position) !== null) return true
  const code = String(position).trim().toUpperCase()
  return code in STATUS || code === 'PL'
}
