import type { QueryClient } from '@tanstack/react-query'
import { LoadError } from '../calc/load-error.ts'
import { dataUrl } from './data-url.ts'
import { decodeFileText, MAX_FILE_BYTES, tooLargeError } from './file-text.ts'

/**
 * Where fetchJson reads the export files: over HTTP beside the app (the default), or from a
 * folder an editor picked in the page (`?local=1`), held in memory and never uploaded. A file the
 * folder lacks answers exactly like a 404, so the optional files' fallbacks work the same way.
 * Switching source clears the query cache: no file of one source is ever shown for the other.
 */

type FolderFile = File | string

let folder: ReadonlyMap<string, FolderFile> | null = null

/** Reads from these files from now on; keys are paths in the export layout ("races/1101/…"). */
export function openLocalFolder(files: ReadonlyMap<string, FolderFile>, client: QueryClient): void {
  folder = new Map(files)
  client.clear()
}

/** Back to the published files over HTTP (no-op when no folder is open). */
export function closeLocalFolder(client: QueryClient): void {
  if (folder === null) return
  folder = null
  client.clear()
}

export function isLocalFolder(): boolean {
  return folder !== null
}

/** The open folder's files, for the page that shows its report. */
export function localFolderFiles(): ReadonlyMap<string, FolderFile> | null {
  return folder
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

/** The text of a file of the open folder; a missing one is a LoadError 'not-found' (a 404). */
export async function readLocalFile(url: string): Promise<string> {
  const file = folder?.get(folderPath(url))
  if (file === undefined) {
    throw new LoadError('not-found', url, 'file not found', { status: 404 })
  }
  if (typeof file === 'string') return file
  // The same verdict as the CLI and the served page: size first, then strict UTF-8.
  if (file.size > MAX_FILE_BYTES) throw tooLargeError(url, file.size)
  return decodeFileText(url, new Uint8Array(await file.arrayBuffer()))
}
