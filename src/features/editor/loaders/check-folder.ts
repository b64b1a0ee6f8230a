import { type PickedFolder, readPickedFiles } from '../../../loaders/read-picked-files.ts'
import { withRefusals } from '../../../loaders/validate/file-refusals.ts'
import { type ExportReport, validateExports } from '../../../loaders/validate/validate-files.ts'

/** A file of the picked folder, under its path in the export layout ("races/1101/…"). */
export interface FolderFile {
  path: string
  file: File
}

/** How far the check is: files read (bytes decoded), then files checked, out of `total`. */
export interface CheckProgress {
  phase: 'read' | 'check'
  done: number
  total: number
}

/** What the page keeps of a checked folder: the report and the files the browser could not read. */
export interface FolderCheck {
  report: ExportReport
  unreadable: string[]
}

// Files read per step: each step reports its progress, and a few reads run at once.
const READ_BATCH = 32

/**
 * The whole check of a picked folder, the same code as `npm run validate`: every file read with
 * the CLI's verdict (size limit, strict UTF-8), then validateExports. Run in the folder check's
 * worker (check-folder.worker.ts), or on the page when the browser has no Worker.
 */
export async function checkFolder(
  files: readonly FolderFile[],
  onProgress: (progress: CheckProgress) => void,
): Promise<FolderCheck> {
  const read: PickedFolder = { texts: new Map(), folder: new Map(), refusals: [], unreadable: [] }
  onProgress({ phase: 'read', done: 0, total: files.length })
  for (let start = 0; start < files.length; start += READ_BATCH) {
    const batch = await readPickedFiles(files.slice(start, start + READ_BATCH))
    for (const [path, text] of batch.texts) read.texts.set(path, text)
    read.refusals.push(...batch.refusals)
    read.unreadable.push(...batch.unreadable)
    onProgress({
      phase: 'read',
      done: Math.min(start + READ_BATCH, files.length),
      total: files.length,
    })
  }
  const report = validateExports(read.texts, throttled(onProgress))
  return { report: withRefusals(report, read.refusals), unreadable: read.unreadable.sort() }
}

/** validateExports' counter as progress, told about once per percent (messages are not free). */
function throttled(onProgress: (progress: CheckProgress) => void) {
  let last = 0
  return (done: number, total: number) => {
    if (done !== total && done - last < total / 100) return
    last = done
    onProgress({ phase: 'check', done, total })
  }
}
