import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { type ImportResult, importF1db } from '../import/import-races.ts'

const REPO_ROOT = resolve(import.meta.dirname, '../..')
const REAL_DATA = resolve(REPO_ROOT, '../shared/realdata')

export interface FullHistoryOptions {
  /** The F1DB archive (../shared/realdata/f1db-full.tar.gz). */
  archive?: string | undefined
  /** LapChart's whole archive (../shared/realdata/lapchart-full). */
  lapchart?: string | undefined
  /** Git-ignored work folder (.full-history/): the unpacked tree, the exports, the stamp. */
  dir?: string | undefined
  progress?: ((done: number, total: number, year: number) => void) | undefined
  log?: ((line: string) => void) | undefined
}

export interface FullHistory {
  /** The exports folder (races/, seasons/, lookups/). */
  exports: string
  /** The import's result; null when the folder was already up to date. */
  imported: ImportResult | null
}

/** What the exports depend on: the archive (size, mtime), the LapChart folder, the importer code. */
function stampOf(archive: string, lapchart: string): string {
  const hash = createHash('sha256')
  const importer = join(REPO_ROOT, 'scripts/import')
  for (const name of readdirSync(importer).sort()) hash.update(readFileSync(join(importer, name)))
  const { size, mtimeMs } = statSync(archive)
  return JSON.stringify({ archive, size, mtimeMs, lapchart, importer: hash.digest('hex') })
}

/**
 * Unpacks F1DB's whole history and imports it with LapChart's into `.full-history/exports`,
 * unless the stamp says that folder was made from the same archive by the same importer: the
 * command, the tests and the browser suite then share one import. Returns the exports folder.
 */
export async function prepareFullHistoryRun(
  options: FullHistoryOptions = {},
): Promise<FullHistory> {
  const archive = resolve(options.archive ?? join(REAL_DATA, 'f1db-full.tar.gz'))
  const lapchart = resolve(options.lapchart ?? join(REAL_DATA, 'lapchart-full'))
  const dir = resolve(options.dir ?? join(REPO_ROOT, '.full-history'))
  if (!existsSync(archive))
    throw new Error(`${archive}: missing (see ../shared/realdata/README.md)`)
  const exports = join(dir, 'exports')
  const stampFile = join(dir, 'stamp.json')
  const stamp = stampOf(archive, lapchart)
  const upToDate =
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp &&
    existsSync(join(exports, 'races/index.json'))
  if (upToDate) return { exports, imported: null }
  const source = join(dir, 'src')
  rmSync(stampFile, { force: true })
  rmSync(source, { recursive: true, force: true })
  rmSync(exports, { recursive: true, force: true })
  mkdirSync(source, { recursive: true })
  options.log?.(`unpacking ${archive}`)
  await promisify(execFile)('tar', ['-xzf', archive, '-C', source])
  const imported = importF1db({
    source: join(source, 'src/data'),
    out: exports,
    lapchart,
    progress: options.progress,
  })
  writeFileSync(stampFile, stamp)
  return { exports, imported }
}

/** The exports folder of the whole history, imported when not up to date. */
export async function prepareFullHistory(options: FullHistoryOptions = {}): Promise<string> {
  return (await prepareFullHistoryRun(options)).exports
}
