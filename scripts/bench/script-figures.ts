/** Command-line figures: validator throughput and importer time, each in its own Node process. */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeRaceFolders } from './fixtures.ts'
import { round1, timed } from './stats.ts'

/** Runs `tsx script args…` with this Node; resolves with the exit code and the end of stderr. */
function runScript(script: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000)
    })
    child.on('error', fail)
    child.on('close', (code) => done({ code: code ?? 1, stderr }))
  })
}

interface Figure {
  line: string
  value: unknown
}

/**
 * `validate <dir>` over `count` race folders copied from the samples. Wall-clock time of the whole
 * command, Node and tsx start-up included, so the throughput is a floor.
 */
export async function measureValidator(
  publicDir: string,
  dir: string,
  count: number,
): Promise<Figure> {
  const script = 'scripts/validate.ts'
  if (!existsSync(script)) {
    return {
      line: 'validator: not available (scripts/validate.ts does not exist yet)',
      value: null,
    }
  }
  await writeRaceFolders(publicDir, dir, count)
  const { ms, value } = await timed(() => runScript(script, [dir]))
  const perSecond = round1(count / (ms / 1000))
  const exit =
    value.code === 0 ? '' : ` (exit code ${value.code}: ${value.stderr.trim().split('\n').at(-1)})`
  return {
    line: `validator: ${perSecond} race folders/s (${count} folders in ${round1(ms / 1000)} s, start-up included)${exit}`,
    value: {
      foldersPerSecond: perSecond,
      folders: count,
      seconds: round1(ms / 1000),
      exitCode: value.code,
    },
  }
}

const F1DB = '../shared/realdata/f1db/src/data'
const LAPCHART = '../shared/realdata/lapchart'

/** The importer on the whole 2023 season, with lap charts. */
export async function measureImporter(outDir: string): Promise<Figure> {
  if (!existsSync(F1DB)) {
    return { line: `importer: not available (${F1DB} is missing)`, value: null }
  }
  const args = [F1DB, outDir, '--lapchart', LAPCHART, '--season', '2023']
  const { ms, value } = await timed(() => runScript('scripts/import-f1db.ts', args))
  if (value.code !== 0) {
    return {
      line: `importer: failed with exit code ${value.code}: ${value.stderr.trim().split('\n').at(-1)}`,
      value: { seconds: null, exitCode: value.code },
    }
  }
  return {
    line: `importer: ${round1(ms / 1000)} s for the whole 2023 season (lap charts included, start-up included)`,
    value: { seconds: round1(ms / 1000), exitCode: 0 },
  }
}

/**
 * The whole F1DB history: unpacked once by prepareFullHistory (.full-history/src), then the
 * importer (with every LapChart chart) into `outDir` and the validator over the result, each in
 * its own Node process, start-up included.
 */
export async function measureFullHistory(outDir: string): Promise<Figure> {
  const { prepareFullHistory } = await import('../full-history/prepare.ts')
  await prepareFullHistory()
  const source = '.full-history/src/src/data'
  const args = [source, outDir, '--lapchart', '../shared/realdata/lapchart-full']
  const imported = await timed(() => runScript('scripts/import-f1db.ts', args))
  const validated = await timed(() => runScript('scripts/validate.ts', [outDir, '--quiet']))
  const importS = round1(imported.ms / 1000)
  const validateS = round1(validated.ms / 1000)
  return {
    line:
      `full history (1,172 races): import ${importS} s (exit ${imported.value.code}), ` +
      `validate ${validateS} s (exit ${validated.value.code}), start-up included`,
    value: {
      importSeconds: importS,
      importExitCode: imported.value.code,
      validateSeconds: validateS,
      validateExitCode: validated.value.code,
    },
  }
}
