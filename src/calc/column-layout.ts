import type { SessionColumnId, SessionKindRules } from './session-kinds.ts'
import type { SessionView, SessionViewRow } from './session-view.ts'

/** key: always in view, even on a phone; more: one tap away ("more columns") on a narrow screen. */
export type ColumnPriority = 'key' | 'more'

/** The position and the driver, then the figures of the tab's kind (session-kinds.ts). */
export function columnPriority(rules: SessionKindRules, id: SessionColumnId): ColumnPriority {
  if (id === 'pos' || id === 'driver') return 'key'
  return rules.figures.includes(id) ? 'key' : 'more'
}

/**
 * The one value every row has, or null: ["Pirelli", "Pirelli"] → "Pirelli"; a missing value or
 * a second one → null. Below `minRows` rows a column is short enough to read: null too.
 */
export function uniformValue(values: readonly (string | null)[], minRows = 3): string | null {
  const [first] = values
  if (values.length < minRows || first == null) return null
  return values.every((value) => value === first) ? first : null
}

/** A column whose one value is said once, above the table: "Pneus : Pirelli (toutes les voitures)". */
export interface UniformColumn {
  id: SessionColumnId
  value: string
}

export interface SessionLayout {
  /** The columns drawn, in the kind's order. */
  columns: SessionColumnId[]
  uniform: UniformColumn[]
  /** Few rows have a status: it is drawn in their time / gap cell, and the column is dropped. */
  statusInline: boolean
}

/** Text columns that may hold one value for the whole field (the tyre maker, one engine). */
const COLLAPSIBLE: Partial<Record<SessionColumnId, (row: SessionViewRow) => string | null>> = {
  tyres: (row) => row.tyres,
  engine: (row) => row.engine,
}

/** The cells a status can join: the race's time or gap, the grid's qualifying time. */
const STATUS_HOSTS: readonly SessionColumnId[] = ['timegap', 'qtime']

/**
 * What a session table draws: a column with one value for every row becomes a note, the status
 * column shows only when a row has one, and when fewer than half the rows do (a retirement or
 * two), their status goes beside their time or gap rather than into a column of "—".
 */
export function sessionLayout(view: SessionView): SessionLayout {
  const uniform: UniformColumn[] = []
  for (const id of view.columns) {
    const value = COLLAPSIBLE[id]
    const shared = value ? uniformValue(view.rows.map(value)) : null
    if (shared != null) uniform.push({ id, value: shared })
  }
  const withStatus = view.rows.filter((row) => row.status != null || row.reason != null).length
  const hasHost = view.columns.some((id) => STATUS_HOSTS.includes(id))
  const statusInline = withStatus > 0 && withStatus * 2 < view.rows.length && hasHost
  const dropped = new Set<SessionColumnId>(uniform.map((column) => column.id))
  if (withStatus === 0 || statusInline) dropped.add('status')
  return { columns: view.columns.filter((id) => !dropped.has(id)), uniform, statusInline }
}
