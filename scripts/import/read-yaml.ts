import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseFlatYaml } from './fast-yaml.ts'

export type YamlRecord = Record<string, unknown>

/**
 * Reads F1DB's src/data folder. A missing optional file (a session a weekend did not have) is
 * null; a file that is there but is not YAML, or not the shape expected, throws an error that
 * names the file, so a broken snapshot stops the import instead of exporting half a race.
 */
export class F1dbReader {
  private readonly cache = new Map<string, unknown>()
  private readonly folders = new Map<string, string[]>()

  constructor(readonly root: string) {
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      throw new Error(`${root}: no such folder (expected F1DB's src/data)`)
    }
  }

  path(relative: string): string {
    return join(this.root, relative)
  }

  /**
   * Drops the parsed files under a folder ("seasons/1984/"): the importer goes season by
   * season, so memory holds one season's results plus the entities, not the whole history.
   */
  forget(prefix: string): void {
    for (const key of this.cache.keys()) if (key.startsWith(prefix)) this.cache.delete(key)
    for (const key of this.folders.keys()) if (key.startsWith(prefix)) this.folders.delete(key)
  }

  /** File and folder names in a folder, sorted; [] when it does not exist. */
  names(relativeDir: string): string[] {
    const cached = this.folders.get(relativeDir)
    if (cached) return cached
    const path = this.path(relativeDir)
    const names = existsSync(path) ? readdirSync(path).sort() : []
    this.folders.set(relativeDir, names)
    return names
  }

  /** Parsed YAML of a file, or null when the file does not exist. */
  file(relative: string): unknown {
    if (this.cache.has(relative)) return this.cache.get(relative)
    const path = this.path(relative)
    const source = readIfThere(path)
    let value: unknown = null
    if (source !== null) {
      try {
        value = parseFlatYaml(source) ?? parse(source)
      } catch (error) {
        throw new Error(`${path}: unreadable YAML (${messageOf(error)})`)
      }
      // An empty file parses as null: treat it as "no rows" rather than "no file".
      value ??= []
    }
    this.cache.set(relative, value)
    return value
  }

  /** A list file (results, standings, entrants): every item an object, or null when absent. */
  records(relative: string): YamlRecord[] | null {
    const value = this.file(relative)
    if (value === null) return null
    if (!Array.isArray(value) || !value.every(isRecord)) {
      throw new Error(`${this.path(relative)}: expected a YAML list of mappings`)
    }
    return value
  }

  /** A mapping file (race.yml, an entity); null when absent. */
  record(relative: string): YamlRecord | null {
    const value = this.file(relative)
    if (value === null) return null
    if (!isRecord(value)) throw new Error(`${this.path(relative)}: expected a YAML mapping`)
    return value
  }

  /** An entity such as drivers/max-verstappen.yml; it must exist once referenced. */
  entity(kind: string, id: string): YamlRecord {
    const entity = this.record(`${kind}/${id}.yml`)
    if (!entity) throw new Error(`${this.path(`${kind}/${id}.yml`)}: missing (referenced as ${id})`)
    return entity
  }

  /** A text field of an entity: name('drivers', 'max-verstappen') → "Max Verstappen". */
  text(kind: string, id: string, field = 'name'): string {
    const value = this.entity(kind, id)[field]
    if (typeof value !== 'string' || value === '') {
      throw new Error(`${this.path(`${kind}/${id}.yml`)}: no ${field}`)
    }
    return value
  }
}

/** A file's text, or null when there is no such file (one system call instead of two). */
function readIfThere(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null
    throw error
  }
}

export function isRecord(value: unknown): value is YamlRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
