import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { messageOf } from './read-yaml.ts'

/** The snapshot of F1DB in ../shared/realdata (its README): update with the data. */
export const F1DB_SNAPSHOT = '2026-08-21'

/**
 * Writes under the output folder and reports the relative path. JSON ends with a newline;
 * indented for files read in diffs, compact for the two lookups that grow with every race.
 */
export class Output {
  readonly written: string[] = []

  constructor(
    readonly dir: string,
    private readonly log: (line: string) => void,
  ) {}

  json(relative: string, data: unknown, compact = false): void {
    this.text(relative, `${JSON.stringify(data, null, compact ? undefined : 2)}\n`)
  }

  text(relative: string, content: string): void {
    const path = join(this.dir, relative)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, content)
    this.done(relative)
  }

  copy(from: string, relative: string): void {
    if (!existsSync(from)) throw new Error(`${from}: missing`)
    const path = join(this.dir, relative)
    mkdirSync(dirname(path), { recursive: true })
    copyFileSync(from, path)
    this.done(relative)
  }

  /** A JSON file already in the output folder (partial imports merge into it), or null. */
  existing(relative: string): unknown {
    const path = join(this.dir, relative)
    if (!existsSync(path)) return null
    try {
      return JSON.parse(readFileSync(path, 'utf8'))
    } catch (error) {
      throw new Error(`${path}: unreadable JSON (${messageOf(error)})`)
    }
  }

  private done(relative: string): void {
    this.written.push(relative)
    this.log(`wrote ${relative}`)
  }
}

/** public/DATA-ATTRIBUTION.md: the credits the two licences ask for. */
export function attribution(withLapCharts: boolean): string {
  const lines = [
    '# Data attribution',
    '',
    `Data: F1DB (CC BY 4.0), github.com/f1db/f1db, snapshot ${F1DB_SNAPSHOT}` +
      (withLapCharts ? '; lap charts: TracingInsights-Archive/LapChart (MIT)' : ''),
    '',
    'The files under races/, seasons/ and lookups/ are derived from these datasets by',
    'scripts/import-f1db.ts (docs/importer.md).' +
      (withLapCharts ? ' LapChart licence: LAPCHART-LICENSE.txt.' : ''),
    '',
  ]
  return lines.join('\n')
}
