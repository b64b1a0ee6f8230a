/**
 * F1DB YAML (+ LapChart CSV) → gp-page exports (format v3.1 → v3.3, seed 000).
 *
 *   tsx scripts/import-f1db.ts <f1db src/data dir> <out dir> [--lapchart <dir>] [--season Y]
 *                              [--race ID] [--legacy-codes ID,ID…] [--verbose]
 *
 * Writes races/<id>/{sessions,perftime,resume,laps}.json, seasons/<year>/{championship,rounds}.json,
 * lookups/{drivers.min,participants}.json, races/index.json and the attribution files.
 * Same input → same bytes. The modules are in scripts/import/; decisions in docs/importer.md.
 */
import { resolve } from 'node:path'
import { terminalSafe } from '../src/calc/terminal-text.ts'
import { parseArgs } from './import/args.ts'
import { importF1db } from './import/import-races.ts'
import { progressReporter } from './import/progress.ts'
import { messageOf } from './import/read-yaml.ts'
import { formatWarningGroups, groupWarnings } from './import/warning-groups.ts'

function main(args: string[]): number {
  try {
    const { verbose, ...options } = parseArgs(args)
    const progress = progressReporter(process.stderr)
    const log = verbose ? (line: string) => console.log(terminalSafe(line)) : undefined
    const result = importF1db({ ...options, log, progress: progress.update })
    progress.end()
    for (const line of formatWarningGroups(groupWarnings(result.notes, 1), 'note'))
      console.log(terminalSafe(line))
    for (const line of formatWarningGroups(groupWarnings(result.warnings)))
      console.warn(terminalSafe(line))
    console.log(
      terminalSafe(
        `${result.races} race(s) of ${result.seasons} season(s), ${result.files.length} files ` +
          `written to ${options.out}, ${result.warnings.length} warning(s), ${result.notes.length} note(s)`,
      ),
    )
    return 0
  } catch (error) {
    console.error(terminalSafe(`import-f1db: ${messageOf(error)}`))
    return 1
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main(process.argv.slice(2))
}
