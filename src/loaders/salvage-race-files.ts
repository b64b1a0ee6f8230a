import * as z from 'zod/mini'
import type { PerfTimeFile, ResumeFile } from '../calc/export-types.ts'
import type { ShapeProblem } from '../calc/load-error.ts'
import { perfTimeFileSchema, resumeFileSchema } from './race-schemas.ts'
import {
  type Issue,
  markRows,
  mendTable,
  type RowRules,
  type SortedIssues,
  sortRowIssues,
  spotInList,
} from './salvage-rows.ts'

/**
 * Row-level salvage of perftime.json and resume.json, as for sessions.json (salvage-rows.ts):
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
const perfSalvageSchema = z.extend(perfTimeFileSchema, {
  best_times: z.array(
    z.extend(entry, {
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
