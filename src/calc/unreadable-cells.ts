/**
 * Which session-table columns show which field of the export: a field found unreadable (row-level
 * salvage) makes these cells say so, instead of a value computed without it or "—".
 */
const FIELD_COLUMNS: Record<string, readonly string[]> = {
  best_lap_ms: ['time', 'qtime', 'gap', 'pct'],
  best_lap_time_raw: ['time', 'qtime', 'timegap', 'interval'],
  team: ['team'],
  engine: ['engine'],
  laps: ['laps'],
  total_laps_q: ['qlaps'],
  delta: ['timegap', 'interval', 'status'],
  status: ['status'],
  lap_release: ['lap'],
}

/**
 * The cells a row's unreadable fields make unreadable: column id → the problems in words. Every
 * field found stays named (a field no column shows keys "_"), so the row is marked whatever.
 */
export function unreadableCells(fields: ReadonlyMap<string, string>): Record<string, string> {
  const cells: Record<string, string> = {}
  for (const [field, problem] of fields) {
    for (const column of FIELD_COLUMNS[field] ?? ['_']) {
      const said = `${field}: ${problem}`
      cells[column] = cells[column] ? `${cells[column]}; ${said}` : said
    }
  }
  return cells
}
