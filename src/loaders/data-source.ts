import { LoadError } from '../calc/load-error.ts'
import { dataUrl } from './data-url.ts'
import { checkShape, fetchJson, parseJsonText, type Schema } from './fetch-json.ts'
import { MAX_FILE_BYTES, tooLargeError } from './file-limit.ts'
import { decodeFileText } from './file-text.ts'

/**
 * Where the export files are read: over HTTP beside the app (`published`, the default), or from
 * a folder an editor picked in the page (`?local=1`), held in memory and never uploaded. The
 * source is the second part of every query key (['race', source, '1101', 'sessions']): a file of
 * one source is never shown for the other, and switching source only changes the keys.
 */
export type DataSource = 'published' | `folder-${number}`

export const PUBLISHED: DataSource = 'published'

export interface OpenedFolder {
  source: DataSource
  /** The folder's name as the browser gave it, or null when it gave none. */
  name: string | null
  /**
   * Keys are paths in the export layout ("races/1101/…"): the File as picked, read when a page
   * needs it (so a refused one, too large or not UTF-8, names why), or a text already read.
   */
  files: ReadonlyMap<string, string | File>
  /** Files the browser could not read (named in the report). */
  unreadable: readonly string[]
}

// The folders opened in this page, by source. The latest one is what `?local=1` shows; a folder
// stays readable under its own source until the reader leaves `?local=1` (closeFolders).
const folders = new Map<DataSource, OpenedFolder>()
let latest: OpenedFolder | null = null
let opened = 0
const listeners = new Set<() => void>()

/** Registers a picked folder under a new source and makes it the one `?local=1` shows. */
export function openFolder(folder: Omit<OpenedFolder, 'source'>): OpenedFolder {
  opened += 1
  latest = { ...folder, files: new Map(folder.files), source: `folder-${opened}` }
  folders.set(latest.source, latest)
  for (const listener of listeners) listener()
  return latest
}

/** Forgets every opened folder (the reader left `?local=1`); returns the sources it forgot. */
export function closeFolders(): DataSource[] {
  const closed = [...folders.keys()]
  folders.clear()
  latest = null
  for (const listener of listeners) listener()
  return closed
}

/** The folder `?local=1` shows, or null before one is picked (or after a reload). */
export function latestFolder(): OpenedFolder | null {
  return latest
}

/** For useSyncExternalStore: called whenever a folder is opened or the folders are closed. */
export function subscribeFolders(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** "/base/races/1101/sessions.json" → "races/1101/sessions.json" (the key in the folder). */
function folderPath(url: string): string {
  const base = dataUrl('')
  const path = url.startsWith(base) ? url.slice(base.length) : url
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/**
 * A file of the source, parsed and checked. From a folder, a missing file (or a folder that is no
 * longer open) is a LoadError 'not-found', exactly like a 404, so the optional files' fallbacks
 * work the same way. A file the folder opener refused (too large, not UTF-8) is kept as a File
 * and read here, so the page names why with the same verdict as the CLI and the served page.
 */
export async function readJson<T>(
  source: DataSource,
  url: string,
  schema: Schema<T>,
  signal?: AbortSignal,
): Promise<T> {
  if (source === PUBLISHED) return fetchJson(url, schema, signal)
  const file = folders.get(source)?.files.get(folderPath(url))
  if (file === undefined) throw new LoadError('not-found', url, 'file not found', { status: 404 })
  if (typeof file !== 'string' && file.size > MAX_FILE_BYTES) throw tooLargeError(url, file.size)
  const text =
    typeof file === 'string'
      ? file
      : await decodeFileText(url, new Uint8Array(await file.arrayBuffer()))
  return checkShape(url, parseJsonText(url, text), schema)
}
