import type { ChildProcess } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from '../../scripts/serve.ts'
import { REPO_ROOT } from './paths.ts'
import { startProcess } from './start-process.ts'

/**
 * scripts/serve.ts as an attacker probes it (issue 18): `npm start`, Playwright and
 * preview:exports all run it, so a crash or a leak here is one for every editor.
 */

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw request: the path is sent as written (fetch would normalize "..", "//" and %2e). */
function ask(
  port: number,
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => {
        body += chunk
      })
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, headers: response.headers, body }),
      )
    })
    req.on('error', fail)
    req.end()
  })
}

function makeSite(): { work: string; dist: string; data: string } {
  const work = mkdtempSync(join(tmpdir(), 'gp-page-serve-hard-'))
  const dist = join(work, 'dist')
  const data = join(work, 'exports')
  mkdirSync(join(dist, '.vite'), { recursive: true })
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(
    join(dist, 'embed-demo.html'),
    '<!doctype html><style>p{color:red}</style><script>window.x = 1</script>',
  )
  // A compressed copy beside the demo (vite.config.ts writes them): the browser must still get
  // the text the policy's hashes are of.
  writeFileSync(join(dist, 'embed-demo.html.gz'), gzipSync('<script>window.y = 2</script>'))
  writeFileSync(join(dist, '.vite/manifest.json'), '{"secret":true}')
  writeFileSync(join(dist, 'assets/app.js'), 'export {}')
  symlinkSync('/etc/passwd', join(dist, 'passwd.txt'))
  mkdirSync(join(data, 'races/1101/sessions.json'), { recursive: true })
  mkdirSync(join(data, 'seasons/2023'), { recursive: true })
  mkdirSync(join(data, 'lookups'), { recursive: true })
  writeFileSync(join(data, 'seasons/2023/championship.json'), '{"season":2023}')
  writeFileSync(join(data, 'seasons/2023/page.html'), '<script>window.__pwned = 1</script>')
  writeFileSync(join(data, 'seasons/2023/logo.svg'), '<svg onload="window.__pwned = 1"/>')
  writeFileSync(join(data, 'seasons/2023/notes.txt'), 'notes')
  symlinkSync('/etc/passwd', join(data, 'seasons/passwd.json'))
  symlinkSync('/etc', join(data, 'lookups/etc'))
  return { work, dist, data }
}

describe('scripts/serve.ts refuses what it must not serve', () => {
  let site: ReturnType<typeof makeSite>
  let server: Awaited<ReturnType<typeof startServer>>
  let port = 0
  beforeAll(async () => {
    site = makeSite()
    server = await startServer({ dist: site.dist, data: site.data, port: 0 })
    port = (server.address() as AddressInfo).port
  })
  afterAll(async () => {
    await new Promise<void>((done) => server.close(() => done()))
    rmSync(site.work, { recursive: true, force: true })
  })

  it('answers GET and HEAD only: 405 with an Allow header otherwise', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      const answer = await ask(port, '/index.html', method)
      expect(answer.status, method).toBe(405)
      expect(answer.headers.allow, method).toBe('GET, HEAD')
    }
    const head = await ask(port, '/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect(head.headers['content-security-policy']).toBeDefined()
  })

  it('never serves the build metadata (dist/.vite/) nor any dot-file', async () => {
    for (const path of ['/.vite/manifest.json', '/.vite/', '/%2evite/manifest.json']) {
      const answer = await ask(port, path)
      expect([400, 404], path).toContain(answer.status)
      expect(answer.body, path).not.toContain('secret')
    }
  })

  it('follows no link out of the served folders', async () => {
    for (const path of ['/seasons/passwd.json', '/lookups/etc/passwd', '/passwd.txt']) {
      const answer = await ask(port, path)
      expect([403, 404], path).toContain(answer.status)
      expect(answer.body, path).not.toContain('root:')
    }
  })

  it('refuses "//", encoded slashes and ".." however they are written', async () => {
    for (const path of [
      '//evil.example/%2e%2e%2findex.html?race=1101',
      '//index.html',
      '/races%2f1101/sessions.json',
      '/races%2F1101%2Fsessions.json',
      '/seasons%5c2023%5cchampionship.json',
      '/seasons\\2023\\championship.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/seasons/../../../etc/passwd',
      '/seasons/2023/..%2f..%2f..%2fetc/passwd',
      '/seasons/2023/championship.json%00.txt',
      '/%E0%A4%A',
    ]) {
      const answer = await ask(port, path)
      expect([400, 404], path).toContain(answer.status)
      expect(answer.body, path).not.toContain('root:')
      expect(answer.body, path).not.toContain('<title>app</title>')
    }
    // The same files asked plainly are served: the refusals are about the spelling.
    expect((await ask(port, '/seasons/2023/championship.json')).status).toBe(200)
    expect((await ask(port, '/index.html')).status).toBe(200)
  })

  it('serves an exports folder as data only: no HTML, SVG or other active content', async () => {
    for (const path of ['/seasons/2023/page.html', '/seasons/2023/logo.svg']) {
      const answer = await ask(port, path)
      expect(answer.status, path).toBe(404)
      expect(answer.body, path).not.toContain('__pwned')
    }
    const json = await ask(port, '/seasons/2023/championship.json')
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8')
    const text = await ask(port, '/seasons/2023/notes.txt')
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8')
  })

  it('answers a folder where a file is expected with a 404', async () => {
    expect((await ask(port, '/races/1101/sessions.json')).status).toBe(404)
  })

  it('sends a Content Security Policy with every HTML answer, the embed demo included', async () => {
    for (const path of ['/', '/index.html', '/embed-demo.html']) {
      const answer = await ask(port, path)
      expect(answer.headers['content-type'], path).toContain('text/html')
      const policy = String(answer.headers['content-security-policy'] ?? '')
      expect(policy, path).toContain("default-src 'self'")
      expect(policy, path).toContain("object-src 'none'")
      expect(policy, path).not.toContain('unsafe-inline')
    }
    // The demo's own inline script and style are allowed by their hash, nothing else.
    const demo = await ask(port, '/embed-demo.html', 'GET', { 'accept-encoding': 'gzip, br' })
    expect(demo.headers['content-encoding']).toBeUndefined()
    expect(demo.body).toContain('window.x = 1')
    expect(demo.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[^']+'/)
    expect(demo.headers['content-security-policy']).toMatch(/style-src 'self' 'sha256-[^']+'/)
  })
})

/**
 * A file the server cannot read (EACCES). Tests run as root in CI, for whom chmod 000 blocks
 * nothing: the server then runs as the unprivileged user "nobody" in a child process.
 */
describe('scripts/serve.ts with an unreadable file', () => {
  let site: ReturnType<typeof makeSite>
  let child: ChildProcess
  let port = 0
  beforeAll(async () => {
    site = makeSite()
    writeFileSync(join(site.data, 'seasons/2023/locked.json'), '{"locked":true}')
    chmodSync(join(site.data, 'seasons/2023/locked.json'), 0o000)
    chmodSync(site.work, 0o755)
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const started = await startProcess(
      join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['scripts/serve.ts', '--dist', site.dist, '--data', site.data, '--port', '0'],
      { cwd: REPO_ROOT, ...asNobody },
      (printed) => /localhost:\d+/.test(printed),
      20_000,
    )
    child = started.child
    port = Number(/localhost:(\d+)/.exec(started.output())?.[1])
  }, 30_000)
  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGTERM')
    rmSync(site.work, { recursive: true, force: true })
  })

  it('answers 500 and keeps serving', async () => {
    const locked = await ask(port, '/seasons/2023/locked.json')
    expect(locked.status).toBe(500)
    expect(locked.body).not.toContain('EACCES')
    const after = await ask(port, '/seasons/2023/championship.json')
    expect(after.status).toBe(200)
    expect(child.exitCode).toBeNull()
  })
})

describe('openFile (what the server reads once it found a file)', () => {
  it('answers 404, never a crash, for a file deleted or replaced by a folder since it was found', async () => {
    const { openFile } = await import('../../scripts/server/open-file.ts')
    const work = mkdtempSync(join(tmpdir(), 'gp-page-open-'))
    try {
      const file = join(work, 'sessions.json')
      writeFileSync(file, '{}')
      const opened = await openFile(file)
      expect('handle' in opened && opened.size).toBe(2)
      if ('handle' in opened) await opened.handle.close()
      rmSync(file)
      expect(await openFile(file)).toEqual({ status: 404 })
      mkdirSync(file)
      expect(await openFile(file)).toEqual({ status: 404 })
      // A link put in its place is not followed.
      rmSync(file, { recursive: true })
      symlinkSync('/etc/passwd', file)
      expect(await openFile(file)).toEqual({ status: 404 })
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  })
})
