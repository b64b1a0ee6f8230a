import { checkFileBytes } from './encoding-problem.ts'
import { MAX_FILE_BYTES, tooLargeDetail } from './file-limit.ts'
import type { FileRefusal } from './validate/file-refusals.ts'

export interface PickedFolder {
  /** For the validator: every file's text (as a lenient reader sees it, "" when too large). */
  texts: Map<string, string>
  /** For the page (openLocalFolder): a refused file stays a File, so reading it names why. */
  folder: Map<string, File | string>
  /** Files the page refuses (size, encoding), as the CLI reports them. */
  refusals: FileRefusal[]
  /** Files the browser could not read at all. */
  unreadable: string[]
}

/**
 * The files of a folder picked in the page, read with the CLI's verdict (file-text.ts): a file
 * over the size limit is never read, bytes that are not UTF-8 are refused by name.
 */
export async function readPickedFiles(
  picked: ReadonlyArray<{ path: string; file: File }>,
): Promise<PickedFolder> {
  const read: PickedFolder = { texts: new Map(), folder: new Map(), refusals: [], unreadable: [] }
  await Promise.all(
    picked.map(async ({ path, file }) => {
      if (file.size > MAX_FILE_BYTES) {
        read.texts.set(path, '')
        read.folder.set(path, file)
        read.refusals.push({ file: path, message: tooLargeDetail(file.size) })
        return
      }
      try {
        const { text, refusal } = checkFileBytes(new Uint8Array(await file.arrayBuffer()))
        read.texts.set(path, text)
        read.folder.set(path, refusal === null ? text : file)
        if (refusal !== null) read.refusals.push({ file: path, message: refusal })
      } catch {
        read.unreadable.push(path)
      }
    }),
  )
  read.unreadable.sort()
  return read
}
