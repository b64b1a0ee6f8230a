import type { ShapeProblem } from '../calc/load-error.ts'
import { describeIssues, formatPath } from './describe-issues.ts'

/**
 * Row-level salvage, shared by the files made of rows (sessions.json, perftime.json,
 * resume.json): the schema's issues sorted by row, the bad values of a row mended to "no value",
 * the rows without identity left out. A problem outside the rows makes the file unsalvageable:
 * the caller keeps the file-level message. Loaded only when a file fails its schema.
 */

export type Issue = { code: string; path: PropertyKey[]; message: string }

/** Where an issue lies: table (sessions[n], or 0 for a file with one list), row, field. */
export interface RowSpot {
  table: number
  row: number
  field: PropertyKey | undefined
  /** The problem is inside the field's value (an object where a number was expected…). */
  deeper: boolean
}

export interface RowRules {
  /** Without these a row cannot be placed or named: unreadable, the row is left out. */
  identity: ReadonlySet<string>
  /** Required text fields: emptied (the cell says "unreadable", never the empty text). */
  requiredText: ReadonlySet<string>
  /** Optional fields: removed. Every other field becomes null. */
  optional: ReadonlySet<string>
}

export interface SortedIssues {
  /** `${table}/${row}` → field → its problem in words. */
  bad: Map<string, Map<string, string>>
  /** `${table}/${row}` of the rows left out. */
  dropped: Set<string>
  /** One per JSON path, in the schema's order: the note above the table lists them. */
  problems: ShapeProblem[]
}

export function sortRowIssues(
  schema: unknown,
  data: unknown,
  issues: readonly Issue[],
  spotOf: (path: readonly PropertyKey[]) => RowSpot | null,
  rules: RowRules,
): SortedIssues | null {
  const words = describeIssues(schema as never, data, [...issues])
  const sorted: SortedIssues = { bad: new Map(), dropped: new Set(), problems: [] }
  for (const [index, issue] of issues.entries()) {
    const spot = spotOf(issue.path)
    if (!spot) return null
    const key = `${spot.table}/${spot.row}`
    const problem = words[index] ?? { path: formatPath(issue.path), message: issue.message }
    if (sorted.problems.some((seen) => seen.path === problem.path)) continue
    const { field } = spot
    if (typeof field !== 'string' || spot.deeper || rules.identity.has(field)) {
      sorted.dropped.add(key)
      sorted.problems.push({ ...problem, message: `${problem.message} (row left out)` })
      continue
    }
    const fields = sorted.bad.get(key) ?? new Map<string, string>()
    fields.set(field, problem.message)
    sorted.bad.set(key, fields)
    sorted.problems.push(problem)
  }
  return sorted
}

/** A row spot for a file with one list of rows at `list` (perftime's best_times, resume's rows). */
export function spotInList(list: string) {
  return (path: readonly PropertyKey[]): RowSpot | null => {
    const [top, row, field, ...rest] = path
    if (top !== list || typeof row !== 'number') return null
    return { table: 0, row, field, deeper: rest.length > 0 }
  }
}

/** The rows of one table kept (indexes in the file), each mended: what the strict schema reads. */
export function mendTable(
  rows: readonly unknown[],
  table: number,
  sorted: SortedIssues,
  rules: RowRules,
): { kept: number[]; rows: unknown[] } {
  const kept = rows.flatMap((_, r) => (sorted.dropped.has(`${table}/${r}`) ? [] : [r]))
  return {
    kept,
    rows: kept.map((r) => {
      const fields = sorted.bad.get(`${table}/${r}`)
      return fields ? mendRow(rows[r] as Record<string, unknown>, fields, rules) : rows[r]
    }),
  }
}

function mendRow(raw: Record<string, unknown>, fields: Map<string, string>, rules: RowRules) {
  const row: Record<string, unknown> = { ...raw }
  for (const field of fields.keys()) {
    if (rules.optional.has(field)) delete row[field]
    else row[field] = rules.requiredText.has(field) ? '' : null
  }
  return row
}

/**
 * The parsed rows with their marks put back (zod returns fresh objects without unknown keys):
 * `cells` turns a row's bad fields into column id → problem. The marks come from the problems
 * found, never from a key of the file.
 */
export function markRows<Row>(
  rows: readonly Row[],
  kept: readonly number[],
  table: number,
  sorted: SortedIssues,
  cells: (fields: ReadonlyMap<string, string>) => Record<string, string>,
): Row[] {
  return rows.map((row, index) => {
    const fields = sorted.bad.get(`${table}/${kept[index]}`)
    return fields ? { ...row, unreadable: cells(fields) } : row
  })
}
