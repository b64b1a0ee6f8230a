import { countBySeverity, type Note, type Problem } from './problem.ts'
import type { ExportReport } from './validate-files.ts'

/**
 * The terminal report: one line per problem, `file › JSON path: message`, grouped by file (a
 * blank line between files), then one summary line.
 *
 *   error    races/1098/sessions.json › sessions[2].rows[5].best_lap_ms: expected …
 *   warning  races/1098/sessions.json › sessions[7].code: unknown session code "TEST": …
 */
export function formatReport(report: ExportReport, seconds?: number, quiet = false): string {
  const lines: string[] = []
  let previous: string | null = null
  // Notes (historical patterns, informational) first, unless --quiet; the summary counts them.
  const notes = quiet ? [] : report.notes
  for (const problem of [...notes, ...report.problems]) {
    if (previous !== null && problem.file !== previous) lines.push('')
    previous = problem.file
    lines.push(formatProblem(problem))
  }
  if (lines.length > 0) lines.push('')
  lines.push(summaryLine(report, seconds))
  return lines.join('\n')
}

export function formatProblem(problem: Problem | Note): string {
  const where = problem.path === '' ? problem.file : `${problem.file} › ${problem.path}`
  return `${problem.severity.padEnd(8)} ${where || '.'}: ${problem.message}`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** "2 errors, 1 warning in 3 files · checked 42 files (28 races, …) in 0.05 s" */
export function summaryLine(report: ExportReport, seconds?: number): string {
  const { errors, warnings } = countBySeverity(report.problems)
  const files = new Set(report.problems.map((problem) => problem.file)).size
  const { counts } = report
  const checked = [
    plural(counts.races, 'race'),
    plural(counts.championships, 'championship'),
    plural(counts.lookups, 'lookup'),
    plural(counts.leagueFiles, 'league file'),
  ].join(', ')
  const time = seconds === undefined ? '' : ` in ${seconds.toFixed(2)} s`
  const noted = report.notes.length === 0 ? '' : `, ${plural(report.notes.length, 'note')}`
  const scope = `checked ${plural(counts.files, 'file')} (${checked})${noted}${time}`
  if (errors + warnings === 0) return `OK: no problem · ${scope}`
  const found = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`
  return `${errors > 0 ? 'FAILED' : 'OK with warnings'}: ${found} · ${scope}`
}
