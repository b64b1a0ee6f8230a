/**
 * npm run full-history [-- --port 4174 …]
 *
 * The whole F1DB history (1950 → today, ../shared/realdata/f1db-full.tar.gz) and every LapChart
 * lap chart, unpacked and imported into the git-ignored .full-history/ (skipped when already up
 * to date), then served by the editors' preview (scripts/preview-exports.ts; its options pass
 * through). Never commit .full-history/.
 */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { prepareFullHistoryRun } from './full-history/prepare.ts'
import { progressReporter } from './import/progress.ts'
import { messageOf } from './import/read-yaml.ts'
import { formatWarningGroups, groupWarnings } from './import/warning-groups.ts'

async function main(args: string[]): Promise<number> {
  const progress = progressReporter(process.stderr)
  const started = performance.now()
  const { exports, imported } = await prepareFullHistoryRun({
    progress: progress.update,
    log: (line) => console.log(line),
  })
  progress.end()
  if (imported) {
    for (const line of formatWarningGroups(groupWarnings(imported.warnings))) console.warn(line)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`${imported.races} races of ${imported.seasons} seasons imported in ${seconds} s`)
  } else console.log(`${exports}: up to date`)
  const preview = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, 'preview-exports.ts'), exports, ...args],
    { stdio: 'inherit' },
  )
  return new Promise((done) => preview.on('close', (code) => done(code ?? 1)))
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error(`full-history: ${messageOf(error)}`)
      process.exitCode = 1
    },
  )
}
