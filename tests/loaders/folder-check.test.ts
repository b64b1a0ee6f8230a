import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  type CheckProgress,
  checkFolder,
  type FolderFile,
} from '../../src/features/editor/loaders/check-folder.ts'
import {
  type CheckAnswer,
  type CheckRequest,
  checkSession,
} from '../../src/features/editor/loaders/check-protocol.ts'
import { type CheckWorker, runFolderCheck } from '../../src/features/editor/loaders/folder-check.ts'
import { validateExports } from '../../src/loaders/validate/validate-files.ts'

/**
 * The folder opener's check off the main thread: the worker's messages (progress, then the
 * check), the page's side (a fake Worker), cancelling, and the fallback without Worker. The
 * check is validateExports itself: the same report as the CLI's core.
 */
const PUBLIC = resolve(import.meta.dirname, '../../public')
const PATHS = [
  'races/1101/sessions.json',
  'races/1101/perftime.json',
  'races/1101/resume.json',
  'races/1080/sessions.json',
  'races/1080/perftime.json',
  'races/1080/resume.json',
  'races/index.json',
  'lookups/drivers.min.json',
]
const texts = new Map(PATHS.map((path) => [path, readFileSync(resolve(PUBLIC, path), 'utf8')]))
const files = (): FolderFile[] =>
  PATHS.map((path) => ({ path, file: new File([texts.get(path) ?? ''], path) }))

describe('checkFolder: the check the worker runs', () => {
  it('gives the validator core’s report, with progress that only goes forward', async () => {
    const progress: CheckProgress[] = []
    const check = await checkFolder(files(), (step) => progress.push(step))
    expect(check.report).toEqual(validateExports(texts))
    expect(check.unreadable).toEqual([])
    expect(progress[0]).toEqual({ phase: 'read', done: 0, total: PATHS.length })
    expect(progress).toContainEqual({ phase: 'read', done: PATHS.length, total: PATHS.length })
    expect(progress.at(-1)).toEqual({ phase: 'check', done: PATHS.length, total: PATHS.length })
    const order = progress.map(({ phase, done }) => (phase === 'read' ? 0 : 1000) + done)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })
  it('reports a UTF-16 file and a file the browser cannot read, as the opener always did', async () => {
    const utf16 = new File([new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])], 'resume.json')
    const broken = new File(['{}'], 'perftime.json')
    vi.spyOn(broken, 'arrayBuffer').mockRejectedValue(new Error('NotReadableError'))
    const picked = files().map((entry) =>
      entry.path === 'races/1101/resume.json'
        ? { ...entry, file: utf16 }
        : entry.path === 'races/1080/perftime.json'
          ? { ...entry, file: broken }
          : entry,
    )
    const check = await checkFolder(picked, () => {})
    expect(check.unreadable).toEqual(['races/1080/perftime.json'])
    const resume = check.report.problems.filter(({ file }) => file === 'races/1101/resume.json')
    expect(resume).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('UTF-16') }),
    ])
  })
})

describe('the worker’s messages', () => {
  /** Sends the requests to a session; resolves with its answers once it gave its last one. */
  const converse = (requests: CheckRequest[]) =>
    new Promise<CheckAnswer[]>((done) => {
      const answers: CheckAnswer[] = []
      const session = checkSession((answer) => {
        answers.push(answer)
        if (answer.type !== 'progress') done(answers)
      })
      for (const request of requests) session(request)
    })
  it('files in batches, then "check": progress as it goes, then one answer', async () => {
    const [one, two] = [files().slice(0, 3), files().slice(3)]
    const answers = await converse([
      { type: 'files', files: one },
      { type: 'files', files: two },
      { type: 'check' },
    ])
    const last = answers.at(-1)
    expect(last?.type).toBe('done')
    expect(answers.slice(0, -1).every(({ type }) => type === 'progress')).toBe(true)
    expect(answers.length).toBeGreaterThan(2)
    if (last?.type === 'done') expect(last.check.report).toEqual(validateExports(texts))
  })
  it('a request it cannot work on is a "failed" answer, never an exception', async () => {
    const broken = { type: 'files', files: [{ path: 'races/1/sessions.json', file: null }] }
    const answers = await converse([broken as unknown as CheckRequest, { type: 'check' }])
    expect(answers.at(-1)).toEqual({ type: 'failed', message: expect.any(String) })
  })
})

/** A Worker in the same thread: runs answerCheck on what it is sent, answers asynchronously. */
class FakeWorker implements CheckWorker {
  onmessage: CheckWorker['onmessage'] = null
  onerror: CheckWorker['onerror'] = null
  terminated = false
  requests: CheckRequest[] = []
  private readonly session = checkSession((data) =>
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent<CheckAnswer>)
    }),
  )
  constructor(private readonly crash = false) {}
  postMessage(request: CheckRequest) {
    this.requests.push(request)
    if (this.crash) setTimeout(() => this.onerror?.(new Event('error') as ErrorEvent))
    else this.session(request)
  }
  terminate() {
    this.terminated = true
  }
}

describe('runFolderCheck: the page’s side', () => {
  it('posts a big folder in batches, the main thread breathing between them', async () => {
    const worker = new FakeWorker()
    const many = Array.from({ length: 250 }, (_, index) => ({
      path: `races/${index}/notes.json`,
      file: new File(['{}'], 'notes.json'),
    }))
    const signal = new AbortController().signal
    await runFolderCheck(
      many,
      () => {},
      signal,
      () => worker,
    )
    const batches = worker.requests.filter((request) => request.type === 'files')
    expect(batches.map((batch) => batch.files.length)).toEqual([100, 100, 50])
  })
  it('sends the files to the worker, relays its progress, resolves with its check', async () => {
    const worker = new FakeWorker()
    const progress: CheckProgress[] = []
    const check = await runFolderCheck(
      files(),
      (step) => progress.push(step),
      new AbortController().signal,
      () => worker,
    )
    const sent = worker.requests.flatMap((request) =>
      request.type === 'files' ? request.files : [],
    )
    expect(sent.map(({ path }) => path)).toEqual(PATHS)
    expect(worker.requests.at(-1)).toEqual({ type: 'check' })
    expect(progress.at(-1)).toEqual({ phase: 'check', done: PATHS.length, total: PATHS.length })
    expect(check.report).toEqual(validateExports(texts))
    expect(worker.terminated).toBe(true)
  })
  it('another folder picked (abort) terminates the worker and rejects', async () => {
    const worker = new FakeWorker()
    const controller = new AbortController()
    const running = runFolderCheck(
      files(),
      () => controller.abort(),
      controller.signal,
      () => worker,
    )
    await expect(running).rejects.toBeDefined()
    expect(worker.terminated).toBe(true)
  })
  it('without Worker, or when the worker cannot run, checks on the page with the same result', async () => {
    const progress: CheckProgress[] = []
    const signal = new AbortController().signal
    const inPage = await runFolderCheck(
      files(),
      (step) => progress.push(step),
      signal,
      () => null,
    )
    expect(inPage.report).toEqual(validateExports(texts))
    expect(progress.at(-1)?.phase).toBe('check')
    const crashing = new FakeWorker(true)
    const fallback = await runFolderCheck(
      files(),
      () => {},
      signal,
      () => crashing,
    )
    expect(crashing.terminated).toBe(true)
    expect(fallback.report).toEqual(validateExports(texts))
  })
})
