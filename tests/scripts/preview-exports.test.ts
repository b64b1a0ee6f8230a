import { type ChildProcess, execFile } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parsePreviewArgs } from '../../scripts/preview-exports.ts'
import { REPO_ROOT, VALID_EXPORTS } from './paths.ts'
import { startProcess } from './start-process.ts'

/**
 * `npm run preview:exports` as an editor runs it, on a copy of exports-valid: it prints the report
 * and the URLs, serves the folder in place, and an edited file shows on the next request. A small
 * stand-in for dist/ keeps the test from building the app; it also holds a sample data file the
 * folder lacks, which must stay a 404.
 */

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => done(port))
    })
  })
}

describe('npm run preview:exports', () => {
  let work: string
  let dir: string
  let child: ChildProcess
  let port: number
  let output = ''

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'gp-page-preview-'))
    dir = join(work, 'exports')
    cpSync(VALID_EXPORTS, dir, { recursive: true })
    // The folder lacks races/1101/perftime.json; the stand-in build has one, which must not leak.
    rmSync(join(dir, 'races/1101/perftime.json'))
    const dist = join(work, 'dist')
    mkdirSync(join(dist, 'races/1101'), { recursive: true })
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>gp-page</title>')
    writeFileSync(join(dist, 'races/1101/perftime.json'), '{"from":"dist"}')

    port = await freePort()
    // Its own process group, so the test stops tsx and the node it starts, and nothing else.
    const started = await startProcess(
      'npx',
      ['tsx', 'scripts/preview-exports.ts', dir, '--port', String(port), '--dist', dist],
      { cwd: REPO_ROOT, detached: true },
      (printed) => printed.includes('Press Ctrl+C'),
      15_000,
    )
    child = started.child
    output = started.output()
  })

  afterAll(() => {
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
    rmSync(work, { recursive: true, force: true })
  })

  const url = (path: string) => `http://127.0.0.1:${port}${path}`

  it('prints the report of the folder, without building the app it already has', () => {
    // Only perftime.json of 1101 is missing: one warning, no error.
    expect(output).toContain('warning  races/1101/perftime.json: missing:')
    expect(output).toContain('OK with warnings: 0 errors, 1 warning in 1 file')
    expect(output).not.toContain('Building the app')
  })

  it('prints the URL of the index and of each race of the folder', () => {
    const base = `http://localhost:${port}/`
    expect(output).toContain(`index: ${base}\n`)
    const raceUrls = [...output.matchAll(/http:\/\/localhost:\d+\/\?race=(\S+)/g)].map((m) => m[1])
    const folders = readdirSync(join(dir, 'races'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(folders.length).toBeGreaterThan(1)
    expect([...raceUrls].sort()).toEqual(folders.sort())
    const sessions = JSON.parse(readFileSync(join(dir, 'races/265/sessions.json'), 'utf8'))
    expect(output).toMatch(
      new RegExp(`\\?race=265\\s+${sessions.meta.year} · ${sessions.meta.gp_name}`),
    )
  })

  it('serves the app from the build and the data from the folder, never cached', async () => {
    const page = await fetch(url('/?race=1101'))
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>gp-page</title>')
    const file = await fetch(url('/races/1101/sessions.json'))
    expect(file.status).toBe(200)
    expect(file.headers.get('cache-control')).toBe('no-store')
    expect(await file.text()).toBe(readFileSync(join(dir, 'races/1101/sessions.json'), 'utf8'))
  })

  it('answers 404 for a file the folder lacks, even when the build has one', async () => {
    const response = await fetch(url('/races/1101/perftime.json'))
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('dist')
  })

  it('serves the folder as data only: an HTML page or a link out of it is a 404', async () => {
    writeFileSync(join(dir, 'races/1101/page.html'), '<script>window.__pwned = 1</script>')
    symlinkSync('/etc/passwd', join(dir, 'seasons/passwd.json'))
    for (const path of ['/races/1101/page.html', '/seasons/passwd.json']) {
      const response = await fetch(url(path))
      expect(response.status, path).toBe(404)
      expect(await response.text(), path).not.toMatch(/__pwned|root:/)
    }
    expect((await fetch(url('/races/1101/sessions.json'), { method: 'POST' })).status).toBe(405)
  })

  it('picks up an edited file on the next request', async () => {
    const path = join(dir, 'races/265/sessions.json')
    const before = await (await fetch(url('/races/265/sessions.json'))).json()
    const edited = { ...before, meta: { ...before.meta, gp_name: 'Edited Grand Prix' } }
    expect(before.meta.gp_name).not.toBe('Edited Grand Prix')
    writeFileSync(path, JSON.stringify(edited))
    const after = await (await fetch(url('/races/265/sessions.json'))).json()
    expect(after.meta.gp_name).toBe('Edited Grand Prix')
  })
})

describe('preview:exports failures', () => {
  function preview(...args: string[]): Promise<{ code: number; stderr: string }> {
    return new Promise((done) => {
      execFile(
        'npx',
        ['tsx', 'scripts/preview-exports.ts', ...args],
        { cwd: REPO_ROOT },
        (error, _out, stderr) => done({ code: error ? Number(error.code ?? -1) : 0, stderr }),
      )
    })
  }

  it('exits 1 when the port is taken, 2 on a usage error', async () => {
    const busy = createServer()
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done))
    const address = busy.address()
    const port = String(typeof address === 'object' && address ? address.port : 0)
    // A stand-in build: the check of the port comes after the build step, which must not run.
    const dist = mkdtempSync(join(tmpdir(), 'gp-page-preview-dist-'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>gp-page</title>')
    try {
      const taken = await preview(VALID_EXPORTS, '--port', port, '--dist', dist)
      expect(taken.code).toBe(1)
      expect(taken.stderr).toContain(`port ${port} is in use`)
    } finally {
      busy.close()
      rmSync(dist, { recursive: true, force: true })
    }
    const usage = await preview('tests/fixtures/no-such-folder')
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('usage: npm run preview:exports -- <exports-dir>')
  })
})

describe('preview:exports arguments', () => {
  it('takes a folder, --port, --dist and --build', () => {
    expect(parsePreviewArgs(['exports'], {})).toEqual({
      dir: 'exports',
      port: 4174,
      dist: 'dist',
      build: false,
    })
    expect(parsePreviewArgs(['--port', '5000', 'x', '--build', '--dist', 'out'], {})).toEqual({
      dir: 'x',
      port: 5000,
      dist: 'out',
      build: true,
    })
    expect(parsePreviewArgs(['x'], { PORT: '4999' })).toMatchObject({ port: 4999 })
  })

  it('refuses what it cannot use', () => {
    expect(parsePreviewArgs([], {})).toBe('which folder?')
    expect(parsePreviewArgs(['a', 'b'], {})).toMatch(/one folder only/)
    expect(parsePreviewArgs(['a', '--port'], {})).toBe('--port needs a value')
    expect(parsePreviewArgs(['a', '--port', 'http'], {})).toMatch(/not a port/)
    expect(parsePreviewArgs(['a', '--json'], {})).toBe('unknown option --json')
  })
})
