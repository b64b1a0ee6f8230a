import {
  type CheckProgress,
  checkFolder,
  type FolderCheck,
  type FolderFile,
} from './check-folder.ts'

/**
 * The page asks: here are files (in batches: posting 3,000 File handles at once held the main
 * thread for a second), then check them all.
 */
export type CheckRequest = { type: 'files'; files: FolderFile[] } | { type: 'check' }

/** The worker answers: progress as it goes, then the result or why it failed. */
export type CheckAnswer =
  | { type: 'progress'; progress: CheckProgress }
  | { type: 'done'; check: FolderCheck }
  | { type: 'failed'; message: string }

/** The worker's side of one check: collects the files it is sent, checks them when asked. */
export function checkSession(post: (answer: CheckAnswer) => void) {
  const files: FolderFile[] = []
  return (request: CheckRequest): void => {
    if (request.type === 'files') files.push(...request.files)
    else void answerCheck(files, post)
  }
}

/** Progress as the check goes, then one answer; never throws. */
export async function answerCheck(
  files: readonly FolderFile[],
  post: (answer: CheckAnswer) => void,
): Promise<void> {
  try {
    const check = await checkFolder(files, (progress) => post({ type: 'progress', progress }))
    post({ type: 'done', check })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
