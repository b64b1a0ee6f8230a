/** @vitest-environment happy-dom */

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, securityHeaders, startServer } from '../scripts/serve.ts'
import { hrefWith } from '../src/pages/url-state.ts'

const ROOT = resolve(import.meta.dirname, '..')
const SRC = join(ROOT, 'src')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

/** "default-src 'self'; img-src 'self' data:" → { "default-src": ["'self'"], … } */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name, values.sort()]),
  )
}

// The policy as written out here, not read back from serve.ts: a change there must change this.
const STRICT = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
}
const WITH_EMBED = { ...STRICT, 'frame-ancestors': ["'self'", 'https://stats.example'] }

describe('Content Security Policy', () => {
  const header = directives(CONTENT_SECURITY_POLICY)
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8')
  const meta = directives(
    /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '',
  )

  it('is strict: same-origin scripts, styles, data and frames of nothing else; no inline script', () => {
    expect(header).toEqual(STRICT)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*/)
  })

  it('index.html carries the same policy, with inline styles only for the dev server', () => {
    const { 'style-src': style, ...rest } = meta
    const { 'style-src': headerStyle, ...headerRest } = header
    expect(rest).toEqual(headerRest)
    expect(style?.filter((value) => value !== "'unsafe-inline'")).toEqual(headerStyle)
    expect(meta['script-src']).toEqual(["'self'"])
  })

  it('the header lists frame-ancestors from the embed allow-list, never a wildcard', () => {
    const policy = (origins: string | undefined) =>
      directives(securityHeaders('/dist/index.html', origins)['content-security-policy'] ?? '')
    expect(policy(undefined)).toEqual(STRICT)
    expect(policy('https://stats.example/page, *, https://*.evil.example')).toEqual(WITH_EMBED)
    // The embed demo is a host page with its own inline script: its policy allows that script
    // by hash, and no frame-ancestors (it is the one that embeds).
    const demo = securityHeaders(
      '/dist/embed-demo.html',
      'https://stats.example',
      '<script>1</script>',
    )
    expect(demo['content-security-policy']).toContain("script-src 'self' 'sha256-")
    expect(demo['content-security-policy']).not.toContain('frame-ancestors')
  })
})

describe('scripts/serve.ts', () => {
  let server: Awaited<ReturnType<typeof startServer>>
  let port = 0
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'gp-page-serve-'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>')
    writeFileSync(join(dist, 'embed-demo.html'), '<!doctype html><script>1</script>')
    writeFileSync(join(dist, 'data.json'), '{}')
    server = await startServer({ dist, port: 0, embedOrigins: 'https://stats.example' })
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((done) => server.close(() => done())))

  function headersOf(path: string): Promise<{ status: number; headers: Record<string, unknown> }> {
    return new Promise((done, fail) => {
      get({ host: '127.0.0.1', port, path }, (response) => {
        response.resume()
        done({ status: response.statusCode ?? 0, headers: response.headers })
      }).on('error', fail)
    })
  }

  it('sends the policy with frame-ancestors on the app, its data and its 404s', async () => {
    for (const path of ['/', '/index.html', '/data.json', '/missing.json']) {
      const { headers } = await headersOf(path)
      expect(directives(String(headers['content-security-policy'])), path).toEqual(WITH_EMBED)
      expect(headers['x-content-type-options'], path).toBe('nosniff')
    }
  })
  it('gives the embed demo (a host page) a policy allowing its own inline script only', async () => {
    const { status, headers } = await headersOf('/embed-demo.html')
    expect(status).toBe(200)
    // sha256 of "1", the demo stand-in's whole inline script.
    expect(headers['content-security-policy']).toContain(
      "script-src 'self' 'sha256-a4ayc/80/OGda4BO/1o/V0etpOqiLx1JwB5S3beHW0s='",
    )
  })
})

/**
 * Every place src/ could send the browser to a URL, with why it cannot be a URL from data. A new
 * one fails this test until it is reviewed and listed here.
 */
const SINKS =
  /(?<!(const|let|var) )\b(href|src|action|formAction|srcSet|poster)\s*=|\bfetch\(|\bnew URL\(|\bwindow\.open\(|\blocation\.(assign|replace)\(|\blocation\.href\s*=|\bpostMessage\(|\b(push|replace)State\(|\bimport\(|\bsetAttribute\(\s*['"](href|src|action)|\burl\(/
const REVIEWED: Array<[file: string, line: RegExp, why: string]> = [
  ['app.tsx', /href="#content"/, 'a fixed in-page anchor'],
  ['pages/link.tsx', /href=\{hrefWith\(to, params\)\}/, 'hrefWith: this page with other params'],
  ['components/tabs.tsx', /href=\{hrefOf\(tab\.id\)\}/, "hrefOf: the page's hrefWith for a tab id"],
  ['pages/not-found.tsx', /href=\{home\}/, 'home = hrefWith(VIEW_RESET)'],
  [
    'pages/url-state.ts',
    /window\.history\.(push|replace)State\(null, '', href\)/,
    'href = hrefWith(…)',
  ],
  [
    'components/tables/table-csv.ts',
    /link\.href = URL\.createObjectURL\(blob\)/,
    'a blob: URL of the CSV the page builds',
  ],
  [
    'loaders/fetch-json.ts',
    /fetch\(url,/,
    'url = dataUrl(paths…): same origin (property-data-url.test.ts)',
  ],
  [
    'components/file-problem.tsx',
    /new URL\(url, 'http:\/\/localhost'\)\.pathname/,
    'read to display a path',
  ],
  [
    'pages/url-state.ts',
    /new URL\(href \|\| appPath\(\), 'http:\/\/localhost'\)/,
    'parsed, never followed',
  ],
  ['calc/embed-protocol.ts', /new URL\(entry\)/, 'parses the build-time allow-list'],
  [
    'calc/embed-protocol.ts',
    /message\.url = new URL\(query \? `\?\$\{query\}` : '', appBase\)\.href/,
    "the canonical URL sent to the host: the app's base and ids checked against ID",
  ],
  [
    'calc/embed-protocol.ts',
    /url = new URL\(record\.url\)/,
    "parsed by the host, kept only when its origin is the app's",
  ],
  ['main.tsx', /typeof data\.href === 'string'/, "the page's own URL read from its data block"],
  [
    'pages/next-task.ts',
    /channel\.port2\.postMessage\(null\)/,
    'a null message between the two ends of a MessageChannel the page made (a task boundary)',
  ],
  [
    'pages/embed.ts',
    /new URL\(import\.meta\.env\.BASE_URL \?\? '\/', window\.location\.origin\)\.href/,
    "the app's own base on its own origin",
  ],
  [
    'pages/embed.ts',
    /window\.parent\.postMessage\(message, target\)/,
    'target is allow-listed, never "*"',
  ],
  [
    'pages/frame-parts.tsx',
    /href=\{hrefWith\(\{ embed: null \}, new URLSearchParams\(search\)\)\}/,
    'hrefWith: this page, out of the frame',
  ],
  ['pages/link.tsx', /<a href=\{exit\} target="_blank" rel="noopener"/, 'exit = hrefWith(…)'],
  ['pages/embed.ts', /new URL\(document\.referrer\)\.origin/, "reads the parent's origin"],
  [
    'features/editor/loaders/folder-check.ts',
    /new Worker\(new URL\('\.\/check-folder\.worker\.ts', import\.meta\.url\)/,
    "the folder check's worker: a module of the build, on the page's origin (script-src 'self')",
  ],
  [
    'features/editor/loaders/folder-check.ts',
    /postMessage\(request: CheckRequest\): void/,
    "the type of the worker's postMessage",
  ],
  [
    'features/editor/loaders/folder-check.ts',
    /worker\.postMessage\(\{ type: '(files|check)'(, files: files\.slice\(start, start \+ POST_BATCH\))? \}\)/,
    "to the page's own worker: the picked files, no URL",
  ],
  [
    'features/editor/loaders/check-folder.worker.ts',
    /scope\.postMessage\(answer\)/,
    'the worker answers the page that started it, nothing else',
  ],
  [
    'pages/embed.ts',
    /window\.parent\.postMessage\(\{ type: 'gp-page:height', height \}, target\)/,
    'target is allow-listed, never "*"',
  ],
]

// A lazy chunk named by a fixed relative path ("import('./pages/season-page.tsx')"): bundled by
// Vite from the app's own files, never a URL from data.
const STATIC_MODULE = /\bimport\('\.{1,2}\/[\w./-]+'\)/

describe('no data-driven URL to another origin', () => {
  const lines = filesUnder(SRC)
    .filter((file) => /\.(ts|tsx|css)$/.test(file))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((text, index) => ({ file: relative(SRC, file), line: index + 1, text })),
    )
    .filter(({ text }) => !/^\s*(\/\/|\*|\/\*)/.test(text))

  it('every place that can send the browser to a URL is a reviewed one', () => {
    // A reviewed entry no line matches any more is stale: the list must say what the code does.
    const stale = REVIEWED.filter(
      ([f, pattern]) => !lines.some(({ file, text }) => f === file && pattern.test(text)),
    ).map(([f, pattern]) => `${f} ${pattern}`)
    expect(stale).toEqual([])
    const unreviewed = lines
      .filter(({ text }) => SINKS.test(text))
      .filter(({ text }) => !STATIC_MODULE.test(text))
      .filter(
        ({ file, text }) => !REVIEWED.some(([f, pattern]) => f === file && pattern.test(text)),
      )
      .map(({ file, line, text }) => `src/${file}:${line}: ${text.trim()}`)
    expect(unreviewed).toEqual([])
  })
  it('no URL to another site is written in the code', () => {
    const absolute = lines
      .filter(({ text }) => /\b(https?:)?\/\/[a-z0-9-]+\.[a-z]/i.test(text))
      .map(({ file, line, text }) => `src/${file}:${line}: ${text.trim()}`)
    expect(absolute).toEqual([])
  })
  it('nothing runs text as code or markup', () => {
    const risky = lines
      .filter(({ text }) =>
        /\beval\(|new Function\(|document\.write|srcdoc|createContextualFragment|DOMParser|innerHTML|outerHTML|insertAdjacentHTML|set(Timeout|Interval)\(\s*['"`]/.test(
          text,
        ),
      )
      .map(({ file, line, text }) => `src/${file}:${line}: ${text.trim()}`)
    expect(risky).toEqual([])
  })
  it('links built from the URL state stay on this page, whatever the values', () => {
    window.history.replaceState(null, '', '/app/?race=1101')
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('race', 'tab', 'season', 'league', 'round', 'lang', 'sort'),
          fc.oneof(
            fc.string({ unit: 'binary' }),
            fc.constantFrom('//evil.example', 'javascript:x', 'https://evil.example'),
          ),
        ),
        (changes) => {
          const href = hrefWith(changes, new URLSearchParams('race=1101'))
          const url = new URL(href, 'https://gp.example/app/?race=1')
          expect(url.origin).toBe('https://gp.example')
          // The app's base, not the path typed (/app/): see tests/pages/url-base.test.ts.
          expect(url.pathname).toBe(import.meta.env.BASE_URL)
          expect(href.startsWith(import.meta.env.BASE_URL)).toBe(true)
        },
      ),
    )
  })
})
