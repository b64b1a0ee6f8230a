import type { ResumeFile, ResumeRow, SessionsFile } from '../calc/export-types.ts'
import { LoadError, type ShapeProblem } from '../calc/load-error.ts'
import { normalizeSessionCode } from '../calc/session-codes.ts'
import { describeValue } from './describe-value.ts'

/** Session codes normalized once, here: GRILLE→GRID, COURSE→RACE, MT→FL, unknown kept. */
export function normalizeSessions(file: SessionsFile): SessionsFile {
  return {
    ...file,
    sessions: file.sessions.map((session) => ({
      ...session,
      code: normalizeSessionCode(session.code),
    })),
  }
}

const PER_SESSION_KEY = /^(pos|pct)_([a-z0-9]+)$/i

type RawResumeRow = Omit<ResumeRow, 'positions' | 'pcts'> & Record<string, unknown>

/** Resume rows: the open-ended pos_<session> / pct_<session> keys gathered into two maps. */
export function normalizeResume(
  url: string,
  file: {
    meta: ResumeFile['meta']
    rows: RawResumeRow[]
    /** A salvaged file's problems, and its marks by row (salvage-files.ts). */
    salvaged?: ResumeFile['salvaged']
    marks?: ReadonlyArray<Readonly<Record<string, string>> | undefined>
  },
): ResumeFile {
  const problems: ShapeProblem[] = []
  const rows = file.rows.map((raw, index) => {
    const positions: Record<string, number | null> = {}
    const pcts: Record<string, number | null> = {}
    // No prototype: a "__proto__" key of the file stays a plain (ignored) key.
    const row: Record<string, unknown> = Object.create(null)
    for (const [key, value] of Object.entries(raw)) {
      // The marks come from the salvage's problems, never from a key of the file.
      if (key === 'unreadable') continue
      const match = PER_SESSION_KEY.exec(key)
      if (!match || key === 'pos_race') {
        row[key] = value
        continue
      }
      const kind = match[1]?.toLowerCase()
      const session = normalizeSessionCode(match[2] ?? '').toLowerCase()
      const valid =
        kind === 'pos'
          ? value === null || Number.isInteger(value)
          : value === null || Number.isFinite(value)
      if (!valid) {
        problems.push({
          path: `rows[${index}].${key}`,
          message: `expected ${kind === 'pos' ? 'a whole number' : 'a number'} or null, got ${describeValue(value)}`,
        })
        continue
      }
      ;(kind === 'pos' ? positions : pcts)[session] = value as number | null
    }
    const marks = file.marks?.[index]
    const normalized = { ...(row as Omit<ResumeRow, 'positions' | 'pcts'>), positions, pcts }
    return marks ? { ...normalized, unreadable: marks } : normalized
  })
  if (problems.length > 0) {
    throw new LoadError('invalid-shape', url, `${problems.length} problem(s) in the file`, {
      problems,
    })
  }
  return file.salvaged
    ? { meta: file.meta, rows, salvaged: file.salvaged }
    : { meta: file.meta, rows }
}
