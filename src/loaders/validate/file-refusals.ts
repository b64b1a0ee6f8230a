import { compareFiles } from './export-layout.ts'
import type { ExportReport } from './validate-files.ts'

/** A file of the folder the page would not read at all: too large, not UTF-8, a link. */
export interface FileRefusal {
  file: string
  message: string
}

/** "a link, not a file": the server does not follow links out of a folder, nor does the CLI. */
export const LINK_REFUSAL = 'a link, not a file: not checked and not served'

/**
 * The report with one error per refused file in place of what the checks said of that file
 * (the page never reads it: "not valid JSON" or "missing" would be noise). The reading of bytes
 * is the CLI's and the folder opener's, the checks are validateExports'.
 */
export function withRefusals(report: ExportReport, refusals: readonly FileRefusal[]): ExportReport {
  if (refusals.length === 0) return report
  const added = refusals.map(({ file, message }) => ({
    file,
    path: '',
    severity: 'error' as const,
    message,
  }))
  const refused = new Set(refusals.map(({ file }) => file))
  const kept = report.problems.filter((problem) => !refused.has(problem.file))
  const problems = [...added, ...kept]
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) => compareFiles(a.problem.file, b.problem.file) || a.order - b.order)
    .map(({ problem }) => problem)
  return { ...report, problems }
}
