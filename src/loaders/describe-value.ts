/**
 * A value of a data file in a few words, for a problem's message: a short quoted string, a
 * number, "a list of 3", "an object". Its own module: the loaders of the first table use it, the
 * rest of describe-issues.ts loads only when a file has the wrong shape.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)'
  if (value === null) return 'null'
  if (typeof value === 'string') {
    const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value
    return JSON.stringify(cut)
  }
  if (typeof value === 'number') return describeNumber(value)
  if (typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `a list of ${value.length}`
  return 'an object'
}

/**
 * 1e309 in a file reads as Infinity: said in words ("got Infinity" meant nothing to an editor).
 * A finite but absurd figure (1e308) is the validator's warning (check-magnitudes.ts).
 */
function describeNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : 'a number too large to be read (1e309 or more)'
}
