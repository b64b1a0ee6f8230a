/**
 * CSV (RFC 4180, comma, CRLF) of a table as displayed. A cell that a spreadsheet would run as a
 * formula (=, @, or +/- followed by something that is not a number) is prefixed with a quote.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')
}

const NUMBER_LIKE = /^[+-]?\d[\d:.,]*( laps?| tours?)?$/

export function csvCell(value: string): string {
  let text = value
  if (/^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !NUMBER_LIKE.test(text))) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** "Abu Dhabi Grand Prix 2023", "RACE" → "abu-dhabi-grand-prix-2023-race.csv" */
export function csvFileName(...parts: string[]): string {
  const slug = parts
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `${slug || 'table'}.csv`
}
