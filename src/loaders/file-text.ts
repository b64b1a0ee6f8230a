import { LoadError } from '../calc/load-error.ts'
import { MAX_FILE_BYTES, tooLargeError } from './file-limit.ts'

/**
 * The bytes of an export file → its text, with one verdict wherever they are read: fetched from
 * the server (fetch-json.ts), from a folder picked in the page (data-source.ts) or from the disk
 * by the CLIs (scripts/read-export-folder.ts). Strict UTF-8: a UTF-8 byte order mark is dropped,
 * anything else that is not UTF-8 (UTF-16, Latin-1…) is refused by name instead of being read as
 * "�" or garbage.
 */

const strict = new TextDecoder('utf-8', { fatal: true })

/** The text of an export file, or a LoadError naming it: too large, UTF-16, not UTF-8. */
export async function decodeFileText(url: string, bytes: Uint8Array): Promise<string> {
  if (bytes.length > MAX_FILE_BYTES) throw tooLargeError(url, bytes.length)
  try {
    // UTF-16's byte order mark (FF FE, FE FF) is not UTF-8 either: it fails here too.
    return strict.decode(bytes)
  } catch {
    const { encodingProblem } = await import('./encoding-problem.ts')
    throw new LoadError('not-json', url, encodingProblem(bytes) ?? 'not UTF-8 text')
  }
}
