import { LoadError } from '../calc/load-error.ts'

/** The one size limit of an export file, shared by every reader (file-text.ts says why). */

/** The largest export file read: the biggest real file (participants.json) is about 1 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

/** "the file is 600 MB, over the 20 MB limit of one export file" (size > MAX_FILE_BYTES) */
export function tooLargeDetail(size: number): string {
  return `the file is ${Math.ceil(size / 2 ** 20)} MB, over the 20 MB limit of one export file`
}

export function tooLargeError(url: string, size: number): LoadError {
  return new LoadError('too-large', url, tooLargeDetail(size))
}
