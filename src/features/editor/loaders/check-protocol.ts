import {
  type CheckProgress,
  checkFolder,
  type FolderCheck,
  type FolderFile,
} from './check-folder.ts'

/** The page asks: check these files (File objects are handles: posting them copies no bytes). */
export interface CheckRequest {
  type: 'check'
  files: FolderFile[]
}

/** The worker answers: progress as it goes, then the result or why it failed. */
export type CheckAnswer =
  | { type: 'progress'; progress: CheckProgress }
  | { type: 'done'; check: FolderCheck }
  | { type: 'failed'; message: string }

/** The worker's side: one request, its progress, one answer; never throws. */
export async function answerCheck(
  request: CheckRequest,
  post: (answer: CheckAnswer) => void,
): Promise<void> {
  try {
    const check = await checkFolder(request.files, (progress) =>
      post({ type: 'progress', progress }),
    )
    post({ type: 'done', check })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
