/**
 * npm run validate -- <exports-dir> [--json] [--quiet]
 *
 * Checks every export file of a folder (the layout of public/) with the app's own schemas and the
 * cross-file checks of src/loaders/validate, the same code the page runs on a picked folder.
 * Prints `file › JSON path: message` per problem, grouped by file, and a summary line (or, with
 * --json, one JSON report). Historical patterns the data really has (shared cars, ties…) are
 * notes: listed and counted, never errors; --quiet leaves their lines out (the count stays).
 * Exit code: 1 on errors, 0 with warnings only, 2 on a usage error.
 */
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { terminalSafe } from '../src/calc/terminal-text.ts'
import { withRefusals } from '../src/loaders/validate/file-refusals.ts'
import { formatReport } from '../src/loaders/validate/format-report.ts'
import { countBySeverity } from '../src/loaders/validate/problem.ts'
import { type ExportReport, validateExports } from '../src/loaders/validate/validate-files.ts'
import { readExportFiles } from './read-export-folder.ts'

const USAGE = 'usage: npm run validate -- <exports-dir> [--json] [--quiet]'

export interface ValidateRun {
  report: ExportReport
  seconds: number
}

export function validateFolder(dir: string): ValidateRun {
  const started = performance.now()
  // Files the page would refuse (size, encoding, links) are errors of their own.
  const { files, refusals } = readExportFiles(dir)
  const report = withRefusals(validateExports(files), refusals)
  return { report, seconds: (performance.now() - started) / 1000 }
}

/** The --json output: counts, then every problem ({file, path, severity, message, tab?}). */
export function jsonReport(dir: string, run: ValidateRun): string {
  const { errors, warnings } = countBySeverity(run.report.problems)
  return JSON.stringify(
    {
      dir,
      ok: errors === 0,
      errors,
      warnings,
      counts: run.report.counts,
      notes: run.report.notes.length,
      races: run.report.races.map((race) => race.raceId),
      problems: run.report.problems,
    },
    null,
    2,
  )
}

/** The command line, by node:util; null (after printing why) when it is not one this reads. */
function parsed(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { json: { type: 'boolean' }, quiet: { type: 'boolean' } },
      allowPositionals: true,
    })
  } catch (error) {
    const option = /'(-[\w-]+)/.exec(error instanceof Error ? error.message : '')?.[1] ?? '?'
    console.error(terminalSafe(`validate: unknown option ${option}\n${USAGE}`))
    return null
  }
}

function main(args: string[]): number {
  const options = parsed(args)
  if (!options) return 2
  const json = options.values.json ?? false
  const rest = options.positionals
  if (rest.length !== 1 || !rest[0]) {
    console.error(terminalSafe(USAGE))
    return 2
  }
  const dir = resolve(rest[0])
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(terminalSafe(`validate: ${rest[0]}: no such folder\n${USAGE}`))
    return 2
  }
  const run = validateFolder(dir)
  const quiet = options.values.quiet ?? false
  // A name or a value from a file never drives the terminal (escape codes, carriage returns).
  const output = json ? jsonReport(rest[0], run) : formatReport(run.report, run.seconds, quiet)
  console.log(terminalSafe(output))
  return countBySeverity(run.report.problems).errors > 0 ? 1 : 0
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main(process.argv.slice(2))
}
