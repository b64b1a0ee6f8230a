import { afterEach, describe, expect, it, vi } from 'vitest'
import { isLoadError, type LoadError } from '../../src/calc/load-error.ts'
import { closeFolders, openFolder, readJson } from '../../src/loaders/data-source.ts'
import { fetchJson } from '../../src/loaders/fetch-json.ts'
import { MAX_FILE_BYTES } from '../../src/loaders/file-limit.ts'
import { decodeFileText } from '../../src/loaders/file-text.ts'
import { sessionsFileSchema } from '../../src/loaders/race-schemas.ts'
import { readPickedFiles } from '../../src/loaders/read-picked-files.ts'
import { withRefusals } from '../../src/loaders/validate/file-refusals.ts'
import { validateExports } from '../../src/loaders/validate/validate-files.ts'

/**
 * The bytes of an export file get the same verdict wherever they are read: fetched from the
 * server, read from a picked folder, or read by the CLI (tests/scripts/validate-files-cli.test.ts).
 * Strict UTF-8 (a UTF-8 byte order mark is dropped); UTF-16 and other encodings are refused by
 * name; a file over MAX_FILE_BYTES is refused before it is read whole.
 */
const URL = '/races/1101/sessions.json'
const utf16 = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const latin1 = (text: string) => Buffer.from(text, 'latin1')

async function failureOf(run: () => Promise<unknown>): Promise<LoadError> {
  try {
    await run()
  } catch (error) {
    if (isLoadError(error)) return error
    throw error
  }
  throw new Error('no error')
}

describe('decodeFileText', () => {
  it('reads UTF-8, with or without its byte order mark', async () => {
    expect(await decodeFileText(URL, Buffer.from('{"a":"Île"}'))).toBe('{"a":"Île"}')
    expect(await decodeFileText(URL, Buffer.from('\uFEFF{"a":1}'))).toBe('{"a":1}')
  })
  it('refuses UTF-16 by name, whichever byte order', async () => {
    const little = await failureOf(() => decodeFileText(URL, utf16('{"a":1}')))
    expect(little.message).toContain('UTF-16')
    expect(little.url).toBe(URL)
    const big = Buffer.from([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d])
    expect((await failureOf(() => decodeFileText(URL, big))).message).toContain('UTF-16')
  })
  it('refuses bytes that are not UTF-8 (Latin-1), saying where', async () => {
    const error = await failureOf(() => decodeFileText(URL, latin1('{"a":"Île"}')))
    expect(error.message).toContain('not UTF-8')
    expect(error.message).toContain('byte 6 (0xCE)')
  })
  it('refuses a file over the size limit by name', async () => {
    const error = await failureOf(() => decodeFileText(URL, new Uint8Array(MAX_FILE_BYTES + 1)))
    expect(error.kind).toBe('too-large')
    expect(error.message).toContain('20 MB')
  })
})

describe('fetchJson reads bytes strictly', () => {
  afterEach(() => vi.unstubAllGlobals())
  const answer = (body: BodyInit, headers: Record<string, string> = {}) =>
    vi.stubGlobal('fetch', () =>
      Promise.resolve(
        new Response(body, { headers: { 'content-type': 'application/json', ...headers } }),
      ),
    )

  it('refuses a UTF-16 file as the CLI does', async () => {
    answer(utf16('{}'))
    expect((await failureOf(() => fetchJson(URL, sessionsFileSchema))).message).toContain('UTF-16')
  })
  it('refuses Latin-1 bytes', async () => {
    answer(latin1('{"a":"Île"}'))
    expect((await failureOf(() => fetchJson(URL, sessionsFileSchema))).message).toContain(
      'not UTF-8',
    )
  })
  it('refuses a file announced over the limit (Content-Length) without reading it', async () => {
    answer('{}', { 'content-length': String(MAX_FILE_BYTES + 1) })
    expect((await failureOf(() => fetchJson(URL, sessionsFileSchema))).kind).toBe('too-large')
  })
  it('stops reading a file that grows past the limit without announcing it', async () => {
    let sent = 0
    const chunk = new Uint8Array(1024 * 1024).fill(0x20)
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length
        // Never ends by itself: the reader must give up past the limit.
        controller.enqueue(chunk)
      },
    })
    answer(body)
    expect((await failureOf(() => fetchJson(URL, sessionsFileSchema))).kind).toBe('too-large')
    expect(sent).toBeLessThan(MAX_FILE_BYTES + 4 * chunk.length)
  })
})

describe('the folder opener reads bytes strictly', () => {
  afterEach(() => closeFolders())
  const folderWith = (file: File) =>
    openFolder({
      name: null,
      files: new Map([['races/1101/sessions.json', file]]),
      unreadable: [],
    }).source
  const readFrom = (source: ReturnType<typeof folderWith>) =>
    readJson(source, URL, sessionsFileSchema)

  it('refuses a UTF-16 file as the CLI and the served page do', async () => {
    const source = folderWith(new File([utf16('{}')], 'sessions.json'))
    expect((await failureOf(() => readFrom(source))).message).toContain('UTF-16')
  })
  it('refuses a file over the limit without reading it', async () => {
    const big = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'sessions.json')
    const read = vi.spyOn(big, 'arrayBuffer')
    const source = folderWith(big)
    expect((await failureOf(() => readFrom(source))).kind).toBe('too-large')
    expect(read).not.toHaveBeenCalled()
  })
})

describe('a picked folder gets the CLI verdict', () => {
  it('reports a UTF-16 file as an error and keeps it refused for the page', async () => {
    const read = await readPickedFiles([
      { path: 'races/1101/sessions.json', file: new File([utf16('{}')], 'sessions.json') },
      { path: 'races/1101/resume.json', file: new File(['{}'], 'resume.json') },
    ])
    expect(read.refusals).toEqual([
      { file: 'races/1101/sessions.json', message: expect.stringContaining('UTF-16') },
    ])
    expect(read.folder.get('races/1101/resume.json')).toBe('{}')
    const report = withRefusals(validateExports(read.texts), read.refusals)
    const problems = report.problems.filter(
      (problem) => problem.file === 'races/1101/sessions.json',
    )
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('UTF-16') }),
    ])
  })
})
