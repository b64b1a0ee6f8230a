import type { SessionRow, SessionsFile } from '../calc/export-types.ts'
import type { ShapeProblem } from '../calc/load-error.ts'
import { unreadableCells } from '../calc/unreadable-cells.ts'
import { describeIssues, formatPath } from './describe-issues.ts'
import { sessionsFileSchema } from './race-schemas.ts'

/**
 * Row-level salvage of a sessions.json that fails its schema. A file whose envelope (meta, the
 * sessions array, each session's code and rows array) is right keeps its good rows: a bad value
 * becomes "unreadable" (null or absent, so no computation uses it, and named on its row), a row
 * whose identity (driver id or name, position) is unreadable is left out. Anything wrong outside
 * the rows, or no row left at all, returns null: the file-level message stays. Loaded only when a
 * file fails, so clean pages never download it.
 */

/** Without these a row cannot be placed or named: unreadable, the row is left out. */
const IDENTITY = new Set(['driver_id', 'driver_name', 'position'])
/** Required text fields: emptied (the cell shows "unreadable", never the empty text). */
const REQUIRED_TEXT = new Set(['team', 'source_name'])
/** Optional v3.3 fields: removed. Every other field is nullable: set to null. */
const OPTIONAL = new Set(['total_laps_q', 'points', 'grid', 'time_penalty', 'shared_car'])

type Issue = { code: string; path: PropertyKey[]; message: string }

export interface SalvagedSessions extends SessionsFile {
  salvaged: ShapeProblem[]
}

export function salvageSessions(data: unknown, issues: readonly Issue[]): SalvagedSessions | null {
  const words = describeIssues(sessionsFileSchema as never, data, [...issues])
  const badFields = new Map<string, Map<string, string>>()
  const droppedRows = new Set<string>()
  const problems: ShapeProblem[] = []
  for (const [index, issue] of issues.entries()) {
    const [top, session, rows, row, field, ...rest] = issue.path
    const inRow = top === 'sessions' && typeof session === 'number' && rows === 'rows'
    if (!inRow || typeof row !== 'number') return null
    const rowKey = `${session}/${row}`
    const problem = words[index] ?? { path: formatPath(issue.path), message: issue.message }
    if (problems.some((seen) => seen.path === problem.path)) continue
    if (typeof field !== 'string' || rest.length > 0 || IDENTITY.has(field)) {
      droppedRows.add(rowKey)
      problems.push({ ...problem, message: `${problem.message} (row left out)` })
      continue
    }
    const fields = badFields.get(rowKey) ?? new Map<string, string>()
    fields.set(field, problem.message)
    badFields.set(rowKey, fields)
    problems.push(problem)
  }
  const file = data as { meta: unknown; sessions: Array<{ code: unknown; rows: unknown[] }> }
  // Per session, the file's index of each row kept (rows left out shift the others).
  const keptIndexes = file.sessions.map((session, s) =>
    session.rows.flatMap((_, r) => (droppedRows.has(`${s}/${r}`) ? [] : [r])),
  )
  const mended = {
    meta: file.meta,
    sessions: file.sessions.map((session, s) => ({
      code: session.code,
      rows: (keptIndexes[s] ?? []).map((r) => {
        const fields = badFields.get(`${s}/${r}`)
        const raw = session.rows[r]
        return fields ? mendRow(raw as Record<string, unknown>, fields) : raw
      }),
    })),
  }
  const strict = sessionsFileSchema.safeParse(mended)
  if (!strict.success) return null
  if (strict.data.sessions.every((session) => session.rows.length === 0)) return null
  // zod returns fresh objects without unknown keys: the unreadable marks are put back on them.
  const sessions = strict.data.sessions.map((session, s) => {
    const rows = session.rows as SessionRow[]
    const kept = keptIndexes[s] ?? []
    // The marks come from the problems found, never from a key of the file.
    const marked = rows.map((row, index) => {
      const fields = badFields.get(`${s}/${kept[index]}`)
      return fields ? { ...row, unreadable: unreadableCells(fields) } : row
    })
    const own = problems.filter((problem) => problem.path.startsWith(`sessions[${s}].`))
    return own.length > 0
      ? { ...session, rows: marked, salvaged: own }
      : { ...session, rows: marked }
  })
  return { meta: strict.data.meta, sessions, salvaged: problems }
}

function mendRow(raw: Record<string, unknown>, fields: Map<string, string>) {
  const row: Record<string, unknown> = { ...raw }
  for (const field of fields.keys()) {
    if (OPTIONAL.has(field)) delete row[field]
    else row[field] = REQUIRED_TEXT.has(field) ? '' : null
  }
  return row
}
