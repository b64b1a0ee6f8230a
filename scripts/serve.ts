/**
 * Serves the built app (dist/) and, optionally, an exports folder over it (same layout as
 * public/), at http://localhost:$PORT (4173 by default). Missing files answer a real 404: the
 * page's fallbacks depend on it. Data files are sent with no-cache so edits show on reload.
 * With --data, the data paths (races/, seasons/, lookups/, leagues/) are read from that folder
 * only, never from the sample exports built into dist/, and sent with no-store: an edited or
 * deleted file shows on the next reload (scripts/preview-exports.ts, the editors' preview).
 *
 *   tsx scripts/serve.ts [--dist dist] [--data <exports-dir>] [--port 4173]
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { basename, extname, join, normalize, resolve, sep } from 'node:path'
import { parseOriginList } from '../src/calc/embed-protocol.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
}

export interface ServeOptions {
  dist: string
  data?: string | undefined
  port: number
  host?: string
  /** Origins allowed to frame the page; default: VITE_EMBED_ORIGINS (comma-separated). */
  embedOrigins?: string | undefined
}

/**
 * The page's Content Security Policy. index.html carries the same policy as a meta tag (plus
 * style-src 'unsafe-inline' for the dev server), for hosts that send no header. React sets team
 * colours through the CSSOM, which style-src 'self' allows: no inline style is needed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/**
 * Headers of every answer but the HTML pages that are not the app (embed-demo.html is a host
 * page with its own inline script). frame-ancestors, which a meta tag cannot set, lists the embed
 * allow-list when there is one; without one, any site may frame the page, but only the page's own
 * origin gets its height or may navigate it (src/pages/embed.ts).
 */
export function securityHeaders(file: string | null, embedOrigins: string | undefined) {
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff' }
  if (file && extname(file) === '.html' && basename(file) !== 'index.html') return headers
  // "https://*.example" would be a wildcard here, while the message check takes it literally.
  const origins = parseOriginList(embedOrigins).filter((origin) => !origin.includes('*'))
  const frame = origins.length > 0 ? `; frame-ancestors 'self' ${origins.join(' ')}` : ''
  headers['content-security-policy'] = `${CONTENT_SECURITY_POLICY}${frame}`
  return headers
}

/** The top folders of the export layout (PRODUCT.md, data layout). */
export const DATA_FOLDERS: readonly string[] = ['races', 'seasons', 'lookups', 'leagues']

function relativePath(urlPath: string): string {
  return normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '')
}

/** "/races/1101/sessions.json" → true: a file of the export layout, not of the app. */
export function isDataPath(urlPath: string): boolean {
  const first = relativePath(urlPath).split(/[/\\]/)[0] ?? ''
  return DATA_FOLDERS.includes(first)
}

async function findFile(roots: string[], urlPath: string): Promise<string | null> {
  const relative = relativePath(urlPath)
  for (const root of roots) {
    const file = resolve(root, relative === '' ? 'index.html' : relative)
    // Never serve outside the roots (../ in the URL).
    if (file !== root && !file.startsWith(root + sep)) continue
    try {
      const info = await stat(file)
      if (info.isFile()) return file
      if (info.isDirectory()) {
        const index = join(file, 'index.html')
        if ((await stat(index).catch(() => null))?.isFile()) return index
      }
    } catch {
      // not in this root
    }
  }
  return null
}

/**
 * The `<file>.br` or `<file>.gz` that vite.config.ts writes beside a built file, when the browser
 * accepts that encoding and the copy is not older than the file (an edited export is sent as is).
 */
export async function precompressed(
  file: string,
  acceptEncoding: string | undefined,
): Promise<{ path: string; encoding: 'br' | 'gzip' } | null> {
  const accepted = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
    .map(([name]) => name?.trim().toLowerCase())
  const modified = (await stat(file)).mtimeMs
  for (const [encoding, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    if (!accepted.includes(encoding)) continue
    const copy = await stat(file + suffix).catch(() => null)
    if (copy?.isFile() && copy.mtimeMs >= modified) return { path: file + suffix, encoding }
  }
  return null
}

/** An editor's file is never cached; hashed assets forever; the rest revalidated. */
function cacheControl(fromData: boolean, hashed: boolean): string {
  if (fromData) return 'no-store'
  return hashed ? 'public, max-age=31536000, immutable' : 'no-cache'
}

export function startServer(options: ServeOptions): Promise<Server> {
  const dist = resolve(options.dist)
  const data = options.data ? resolve(options.data) : null
  const embedOrigins = options.embedOrigins ?? process.env.VITE_EMBED_ORIGINS
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost')
      // With a data folder, its paths come from it alone: a file it lacks is a 404 (the page's
      // fallback), never the sample of the same name built into dist/.
      const fromData = data !== null && isDataPath(url.pathname)
      const file = await findFile(fromData ? [data] : [dist], url.pathname)
      if (!file) {
        response.writeHead(404, {
          'content-type': 'text/plain; charset=utf-8',
          ...(fromData ? { 'cache-control': 'no-store' } : {}),
          ...securityHeaders(null, embedOrigins),
        })
        response.end('Not found')
        return
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream'
      const hashed = file.includes(`${sep}assets${sep}`)
      // An editor's folder is sent as it is on disk (no .gz/.br copy of ours to trust there).
      const encoded = fromData
        ? null
        : await precompressed(file, request.headers['accept-encoding'])
      response.writeHead(200, {
        'content-type': type,
        'cache-control': cacheControl(fromData, hashed),
        vary: 'accept-encoding',
        ...(encoded ? { 'content-encoding': encoded.encoding } : {}),
        ...securityHeaders(file, embedOrigins),
      })
      createReadStream(encoded?.path ?? file).pipe(response)
    } catch {
      response.writeHead(400)
      response.end('Bad request')
    }
  })
  return new Promise((done, fail) => {
    // A port in use rejects (the caller says so) instead of crashing the process.
    server.once('error', fail)
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', fail)
      done(server)
    })
  })
}

function argValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : undefined
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2)
  const port = Number(argValue(args, '--port') ?? process.env.PORT ?? 4173)
  const dist = argValue(args, '--dist') ?? 'dist'
  const data = argValue(args, '--data')
  startServer({ dist, data, port, host: process.env.HOST ?? '127.0.0.1' }).then(() => {
    console.log(`gp-page is served at http://localhost:${port}/`)
  })
}
