import { execFile } from 'node:child_process'
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { REPO_ROOT, VALID_EXPORTS } from './paths.ts'

/**
 * `npm run validate` on files that are not what they seem (issue 18): the same verdict as the
 * page (strict UTF-8, a size limit), links reported instead of skipped, and a report no file can
 * forge or scramble with terminal escape codes.
 */
const SESSIONS = 'races/1101/sessions.json'

function validate(dir: string, ...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    execFile(
      'npx',
      ['tsx', 'scripts/validate.ts', dir, ...args],
      { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? -1) : 0, out: `${stdout}${stderr}` }),
    )
  })
}

let work = ''
function copy(): string {
  work = mkdtempSync(join(tmpdir(), 'gp-page-validate-files-'))
  cpSync(VALID_EXPORTS, join(work, 'exports'), { recursive: true })
  return join(work, 'exports')
}
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true })
  work = ''
})

describe('npm run validate reads bytes as the page does', () => {
  it('names a UTF-16 file as UTF-16', async () => {
    const dir = copy()
    const text = readFileSync(join(dir, SESSIONS), 'utf8')
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    writeFileSync(join(dir, SESSIONS), bytes)
    const run = await validate(dir)
    expect(run.code).toBe(1)
    expect(run.out).toMatch(new RegExp(`error +${SESSIONS}: .*UTF-16`))
  }, 30_000)

  it('refuses Latin-1 bytes as not UTF-8 (an error: the page refuses the file)', async () => {
    const dir = copy()
    const text = readFileSync(join(dir, SESSIONS), 'utf8').replace('"Yas Marina', '"Île Yas Marina')
    writeFileSync(join(dir, SESSIONS), Buffer.from(text, 'latin1'))
    const run = await validate(dir)
    expect(run.code).toBe(1)
    expect(run.out).toMatch(new RegExp(`error +${SESSIONS}: .*not UTF-8`))
  }, 30_000)

  it('gives a 600 MB file one line naming it, no stack trace', async () => {
    const dir = copy()
    // Sparse: 600 MB on paper, nothing on the disk.
    truncateSync(join(dir, SESSIONS), 600 * 1024 * 1024)
    const run = await validate(dir)
    expect(run.code).toBe(1)
    const lines = run.out.split('\n').filter((line) => line.includes(SESSIONS))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/600 MB.*20 MB/)
    expect(run.out).not.toMatch(/\n\s+at |Error:|RangeError/)
  }, 60_000)

  it('reports a link instead of skipping it', async () => {
    const dir = copy()
    symlinkSync('/etc/passwd', join(dir, 'seasons/passwd.json'))
    const run = await validate(dir)
    expect(run.code).toBe(1)
    expect(run.out).toContain('seasons/passwd.json: a link, not a file: not checked and not served')
    expect(run.out).not.toContain('root:')
  }, 30_000)
})

describe('npm run validate never lets a file drive the terminal', () => {
  const CLEAR = '\u001b[2J\u001b[H'
  const FORGED = `${CLEAR}OK: no problem\r`

  it('escapes control characters in the report and in --json', async () => {
    const dir = copy()
    const file = JSON.parse(readFileSync(join(dir, SESSIONS), 'utf8'))
    file.meta.gp_name = `Abu Dhabi${FORGED}\u009b31m`
    file.meta.race_id = `x${CLEAR}\u009b2J`
    writeFileSync(join(dir, SESSIONS), JSON.stringify(file))
    // A file's name is printed as it is: it must be escaped too.
    writeFileSync(join(dir, `races/1101/notes${FORGED}.json`), '{}')
    for (const args of [[], ['--json']]) {
      const run = await validate(dir, ...args)
      expect(run.code).toBe(1)
      // No ESC, no CSI, no carriage return: the terminal is never cleared nor overwritten.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be printed.
      expect(run.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
      expect(run.out).toContain('\\u001b[2J')
      if (args.length === 1) expect(JSON.parse(run.out).ok).toBe(false)
      else expect(run.out.trim().split('\n').at(-1)).toMatch(/^FAILED/)
    }
  }, 60_000)
})
