/** A plain-text table for the bench and Lighthouse reports: columns padded, one line per row. */
export function textTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  )
}

/** 1234.5 → "1.23 s"; null → "—". */
export function seconds(ms: number | null): string {
  return ms === null || Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(2)} s`
}

/** 12.3 → "12 ms"; null → "—". */
export function millis(ms: number | null): string {
  return ms === null || Number.isNaN(ms) ? '—' : `${Math.round(ms)} ms`
}
