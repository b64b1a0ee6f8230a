import type { SessionRow, SessionsFile } from '../calc/export-types.ts'
import type { ShapeProblem } from '../calc/load-error.ts'
import { unreadableCells } from '../calc/unreadable-cells.ts'
import { sessionsFileSchema } from './race-schemas.ts'
import { type Issue, markRows, mendTable, type RowSpot, sortRowIssues } from './salvage-rows.ts'

/**
 * Row-level salvage of a sessions.json that fails its schema (salvage-rows.ts). A file whose
 * envelope (meta, the sessions array, each session's code and rows array) is right keeps its good
 * rows: a bad value becomes "unreadable" (null or absent, so no computation uses it, and named on
 * its row), a row whose identity (driver id or name, position) is unreadable is left out.
 * Anything wrong outside the rows, or no row left at all, returns null: the file-level message
 * stays.
 */
const RULES = {
  identity: new Set(['driver_id', 'driver_name', 'position']),
  requiredText: new Set(['team', 'source_name']),
  /** Optional v3.3 fields: removed. */
  optional: new Set(['total_laps_q', 'points', 'grid', 'time_penalty', 'shared_car']),
}

function sessionSpot(path: readonly PropertyKey[]): RowSpot | null {
  const [top, session, rows, row, field, ...rest] = path
  const inRow = top === 'sessions' && typeof session === 'number' && rows === 'rows'
  if (!inRow || typeof row !== 'number') return null
  return { table: session, row, field, deeper: rest.length > 0 }
}

export interface SalvagedSessions extends SessionsFile {
  salvaged: ShapeProblem[]
}

export function salvageSessions(data: unknown, issues: readonly Issue[]): SalvagedSessions | null {
  const sorted = sortRowIssues(sessionsFileSchema, data, issues, sessionSpot, RULES)
  if (!sorted) return null
  const file = data as { meta: unknown; sessions: Array<{ code: unknown; rows: unknown[] }> }
  const tables = file.sessions.map((session, s) => mendTable(session.rows, s, sorted, RULES))
  const mended = {
    meta: file.meta,
    sessions: file.sessions.map((session, s) => ({ code: session.code, rows: tables[s]?.rows })),
  }
  const strict = sessionsFileSchema.safeParse(mended)
  if (!strict.success) return null
  if (strict.data.sessions.every((session) => session.rows.length === 0)) return null
  const sessions = strict.data.sessions.map((session, s) => {
    const kept = tables[s]?.kept ?? []
    const rows = markRows(session.rows as SessionRow[], kept, s, sorted, unreadableCells)
    const own = sorted.problems.filter((problem) => problem.path.startsWith(`sessions[${s}].`))
    return own.length > 0 ? { ...session, rows, salvaged: own } : { ...session, rows }
  })
  return { meta: strict.data.meta, sessions, salvaged: sorted.problems }
}
