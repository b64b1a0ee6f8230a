import {
  type CheckProgress,
  checkFolder,
  type FolderCheck,
  type FolderFile,
} from './check-folder.ts'
import type { CheckAnswer, CheckRequest } from './check-protocol.ts'

/** The part of a Worker the page uses (a fake one in the unit tests). */
export interface CheckWorker {
  postMessage(request: CheckRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<CheckAnswer>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

function startWorker(): CheckWorker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./check-folder.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
}

/**
 * Checks a picked folder off the main thread: reading 3,000 files and validating them took the
 * tab away for seconds. Aborting `signal` (another folder picked, the page left) terminates the
 * worker. Without Worker, or when the worker cannot start (a policy refusing it), the same
 * check runs on the page: slower to give the hand back, same result.
 */
export function runFolderCheck(
  files: readonly FolderFile[],
  onProgress: (progress: CheckProgress) => void,
  signal: AbortSignal,
  start: () => CheckWorker | null = startWorker,
): Promise<FolderCheck> {
  const inPage = () => checkFolder(files, onProgress)
  const worker = signal.aborted ? null : start()
  if (!worker) return signal.aborted ? Promise.reject(signal.reason) : inPage()
  return new Promise<FolderCheck>((resolve, reject) => {
    const stop = () => {
      worker.terminate()
      signal.removeEventListener('abort', abort)
    }
    const abort = () => {
      stop()
      reject(signal.reason)
    }
    signal.addEventListener('abort', abort)
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') onProgress(data.progress)
      else {
        stop()
        if (data.type === 'done') resolve(data.check)
        else reject(new Error(data.message))
      }
    }
    worker.onerror = (event) => {
      event.preventDefault()
      stop()
      inPage().then(resolve, reject)
    }
    void send(worker, files, signal)
  })
}

// File handles posted per message: about 30 ms of the main thread each, then it breathes.
const POST_BATCH = 100

async function send(worker: CheckWorker, files: readonly FolderFile[], signal: AbortSignal) {
  for (let start = 0; start < files.length; start += POST_BATCH) {
    if (signal.aborted) return
    worker.postMessage({ type: 'files', files: files.slice(start, start + POST_BATCH) })
    await new Promise((next) => setTimeout(next, 0))
  }
  if (!signal.aborted) worker.postMessage({ type: 'check' })
}
