/**
 * F1DB YAML (+ LapChart CSV) → gp-page exports (format v3.1 → v3.2, seed 000).
 *
 *   tsx scripts/import-f1db.ts <f1db src/data dir> <out dir> [--lapchart <dir>] [--season Y]
 *                              [--race ID] [--legacy-codes ID,ID…]
 *
 * Writes races/<id>/{sessions,perftime,resume}.json, seasons/<year>/championship.json,
 * lookups/{drivers.min,participants}.json, races/index.json and the attribution files.
 * Same input → same bytes. The modules are in scripts/import/; decisions in docs/importer.md.
 */
import { resolve } from 'node:path'
import { terminalSafe } from '../src/calc/terminal-text.ts'
import { parseArgs } from './import/args.ts'
import { importF1db } from './import/import-races.ts'
import { messageOf } from './import/read-yaml.ts'

function main(args: string[]): number {
  try {
    const options = parseArgs(args)
    const result = importF1db({ ...options, log: (line) => console.log(terminalSafe(line)) })
    for (const warning of result.warnings) console.warn(terminalSafe(`warning: ${warning}`))
    console.log(
      terminalSafe(
        `${result.races} race(s), ${result.files.length} files written to ${options.out}, ` +
          `${result.warnings.length} warning(s)`,
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
