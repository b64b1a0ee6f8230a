import * as z from 'zod/mini'
import type { PerfTimeFile, ResumeFile, SessionRow, SessionsFile } from '../calc/export-types.ts'
import type { ShapeProblem } from '../calc/load-error.ts'
import { unreadableCells } from '../calc/unreadable-cells.ts'
import { perfTimeFileSchema, resumeFileSchema, sessionsFileSchema } from './race-schemas.ts'
import {
  type Issue,
  markRows,
  mendTable,
  type RowRules,
  type RowSpot,
  type SortedIssues,
  sortRowIssues,
  spotInList,
} from './salvage-rows.ts'

/**
 * Row-level salvage of a sessions.json that fails its schema (salvage-rows.ts). A file whose
 * envelope (meta, the sessions array, each session's code and rows array) is right keeps its good
 * rows: a bad value becomes "unreadable" (null or absent, so no computation uses it, and named on
 * its row), a row whose identity (driver id or name, position) is unreadable is left out.
 * Anything wrong outside the rows, or no row left at all, returns null: the file-level message
 * stays.
 */
const SESSION_RULES = {
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
  const sorted = sortRowIssues(sessionsFileSchema, data, issues, sessionSpot, SESSION_RULES)
  if (!sorted) return null
  const file = data as { meta: unknown; sessions: Array<{ code: unknown; rows: unknown[] }> }
  const tables = file.sessions.map((session, s) =>
    mendTable(session.rows, s, sorted, SESSION_RULES),
  )
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

/**
 * Row-level salvage of perftime.json and resume.json, as for sessions.json:
 * a file whose envelope (meta, the list of rows; global_best for PerfTime) is right keeps its
 * good rows, each bad value "unreadable" in its cell and named in the note above the table.
 * Anything wrong outside the rows, or no row left, returns null: the file-level message stays.
 */
const NAMED = new Set(['driver_id', 'driver_name'])
const NOTHING = new Set<string>()

const PERF_RULES: RowRules = {
  identity: NAMED,
  requiredText: new Set(['team', 'best_session']),
  optional: NOTHING,
}
/** perftime.json fields → the PerfTime columns that show them. */
const PERF_COLUMNS: Record<string, string> = {
  team: 'team',
  best_ms: 'time',
  best_session: 'session',
  pct_vs_best: 'pct',
  rank: 'rank',
}
const entry = perfTimeFileSchema.shape.best_times._zod.def.element
// A salvaged entry's figures may be null: read as no value, shown "unreadable".
// (z.object, not z.extend: zod's extend would join the first chunk, where zod lives.)
const perfSalvageSchema = z.object({
  ...perfTimeFileSchema.shape,
  best_times: z.array(
    z.object({
      ...entry.shape,
      best_ms: z.nullable(entry.shape.best_ms),
      pct_vs_best: z.nullable(entry.shape.pct_vs_best),
      rank: z.nullable(entry.shape.rank),
    }),
  ),
})

const RESUME_RULES: RowRules = {
  identity: NAMED,
  requiredText: new Set(['team']),
  optional: NOTHING,
}

/** A field → its column: the resume columns are named after their field. */
function cellsBy(columns: Record<string, string> | null) {
  return (fields: ReadonlyMap<string, string>): Record<string, string> => {
    const cells: Record<string, string> = {}
    for (const [field, problem] of fields) {
      const column = columns ? (columns[field] ?? '_') : field
      cells[column] = `${field}: ${problem}`
    }
    return cells
  }
}

/** The file's rows mended, or null when the issues are not all in rows or no row is left. */
function mendList(
  schema: unknown,
  data: unknown,
  issues: readonly Issue[],
  list: string,
  rules: RowRules,
): { sorted: SortedIssues; kept: number[]; mended: Record<string, unknown> } | null {
  const sorted = sortRowIssues(schema, data, issues, spotInList(list), rules)
  const file = data as Record<string, unknown>
  const rows = file[list]
  if (!sorted || !Array.isArray(rows)) return null
  const table = mendTable(rows, 0, sorted, rules)
  if (table.rows.length === 0) return null
  return { sorted, kept: table.kept, mended: { ...file, [list]: table.rows } }
}

export function salvagePerftime(
  data: unknown,
  issues: readonly Issue[],
): (PerfTimeFile & { salvaged: ShapeProblem[] }) | null {
  const mended = mendList(perfTimeFileSchema, data, issues, 'best_times', PERF_RULES)
  if (!mended) return null
  const parsed = perfSalvageSchema.safeParse(mended.mended)
  if (!parsed.success) return null
  const { sorted, kept } = mended
  const best_times = markRows(parsed.data.best_times, kept, 0, sorted, cellsBy(PERF_COLUMNS))
  return { ...parsed.data, best_times, salvaged: sorted.problems }
}

/** resume.json before normalizeResume: the marks ride beside the rows, never in a row's keys. */
export type SalvagedResume = z.infer<typeof resumeFileSchema> &
  Pick<ResumeFile, 'salvaged'> & {
    marks: Array<Readonly<Record<string, string>> | undefined>
  }

export function salvageResume(data: unknown, issues: readonly Issue[]): SalvagedResume | null {
  const mended = mendList(resumeFileSchema, data, issues, 'rows', RESUME_RULES)
  if (!mended) return null
  const parsed = resumeFileSchema.safeParse(mended.mended)
  if (!parsed.success) return null
  const { sorted, kept } = mended
  const marks = kept.map((r) => {
    const fields = sorted.bad.get(`0/${r}`)
    return fields ? cellsBy(null)(fields) : undefined
  })
  return { ...parsed.data, salvaged: sorted.problems, marks }
}
