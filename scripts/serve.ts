/**
 * Serves the built app (dist/) and, optionally, an exports folder over it (same layout as
 * public/), at http://localhost:$PORT (4173 by default). Missing files answer a real 404: the
 * page's fallbacks depend on it. Data files are sent with no-cache so edits show on reload.
 * With --data, the data paths (races/, seasons/, lookups/, leagues/) are read from that folder
 * only, never from the sample exports built into dist/, and sent with no-store: an edited or
 * deleted file shows on the next reload (scripts/preview-exports.ts, the editors' preview).
 * Hardened (issue 18): GET and HEAD only; "//", encoded slashes, ".." and dot-files refused;
 * links resolved and kept inside the served folders; only JSON and text from an exports folder;
 * every read error answered (scripts/server/).
 *
 *   tsx scripts/serve.ts [--dist dist] [--data <exports-dir>] [--port 4173]
 */
import { realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { resolve, sep } from 'node:path'
import { contentType } from './server/content-types.ts'
import { findFile, openFile } from './server/open-file.ts'
import { asksForView, isPagePath } from './server/page-path.ts'
import { isDataFile, requestPath } from './server/request-path.ts'
import { isHostPage, securityHeaders } from './server/security-headers.ts'

export { CONTENT_SECURITY_POLICY, securityHeaders } from './server/security-headers.ts'

export interface ServeOptions {
  dist: string
  data?: string | undefined
  port: number
  host?: string
  /** Origins allowed to frame the page; default: VITE_EMBED_ORIGINS (comma-separated). */
  embedOrigins?: string | undefined
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

interface Site {
  dist: string
  data: string | null
  embedOrigins: string | undefined
}

function refuse(
  response: ServerResponse,
  status: number,
  text: string,
  site: Site,
  extra: Record<string, string> = {},
) {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    ...extra,
    ...securityHeaders(null, site.embedOrigins),
  })
  response.end(text)
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  500: 'The file could not be read',
}

/**
 * One answer. Every failure is an answer (400, 404, 405, 500), never a crash: the process serves
 * `npm start`, the e2e suite and an editor's preview.
 */
async function answer(request: IncomingMessage, response: ServerResponse, site: Site) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    refuse(response, 405, 'Method not allowed', site, { allow: 'GET, HEAD' })
    return
  }
  const relative = requestPath(request.url ?? '/')
  if (relative === null) {
    refuse(response, 400, STATUS_TEXT[400] ?? '', site)
    return
  }
  // A prerendered dist keeps the app's shell as app.html: it renders in the browser the pages of
  // an editor's folder (--data: the prerendered ones show the sample), query URLs of a view, and
  // a page the build did not make (a 404 the app explains, "course introuvable").
  const shell = isPagePath(relative) ? await findFile(site.dist, 'app.html') : null
  const wantsShell =
    shell !== null && (site.data !== null || (relative === '' && asksForView(request.url ?? '')))
  // With a data folder, its paths come from it alone: a file it lacks is a 404 (the page's
  // fallback), never the sample of the same name built into dist/.
  const fromData = !wantsShell && site.data !== null && isDataFile(relative)
  const noStore = fromData ? { 'cache-control': 'no-store' } : {}
  let file = wantsShell
    ? shell
    : await findFile(fromData && site.data ? site.data : site.dist, relative)
  const status = file === null && shell !== null ? 404 : 200
  file ??= shell
  const type = file ? contentType(file, fromData) : null
  if (!file || !type) {
    refuse(response, 404, STATUS_TEXT[404] ?? '', site, noStore)
    return
  }
  const hashed = file.includes(`${sep}assets${sep}`)
  // An editor's folder is sent as it is on disk (no .gz/.br copy of ours to trust there).
  // A host page is sent as it is: its policy hashes the text the browser runs.
  const encoded =
    fromData || isHostPage(file)
      ? null
      : await precompressed(file, request.headers['accept-encoding'])
  const opened = await openFile(encoded?.path ?? file)
  if ('status' in opened) {
    refuse(response, opened.status, STATUS_TEXT[opened.status] ?? '', site, noStore)
    return
  }
  const { handle } = opened
  // A host page's policy allows its own inline blocks by hash: its text is read first.
  const html = isHostPage(file) ? await handle.readFile('utf8') : undefined
  response.writeHead(status, {
    'content-type': type,
    'cache-control': cacheControl(fromData, hashed),
    vary: 'accept-encoding',
    ...(encoded ? { 'content-encoding': encoded.encoding } : {}),
    ...securityHeaders(file, site.embedOrigins, html),
  })
  if (request.method === 'HEAD' || html !== undefined) {
    await handle.close()
    response.end(request.method === 'HEAD' ? undefined : html)
    return
  }
  const stream = handle.createReadStream()
  // A read that fails once the headers are sent can only cut the answer short.
  stream.on('error', () => response.destroy())
  response.on('close', () => stream.destroy())
  stream.pipe(response)
}

export async function startServer(options: ServeOptions): Promise<Server> {
  const site: Site = {
    dist: await realpath(resolve(options.dist)),
    data: options.data ? await realpath(resolve(options.data)) : null,
    embedOrigins: options.embedOrigins ?? process.env.VITE_EMBED_ORIGINS,
  }
  const server = createServer((request, response) => {
    answer(request, response, site).catch(() => {
      if (response.headersSent) response.destroy()
      else refuse(response, 500, STATUS_TEXT[500] ?? '', site)
    })
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
  startServer({ dist, data, port, host: process.env.HOST ?? '127.0.0.1' }).then((server) => {
    const address = server.address()
    const actual = typeof address === 'object' && address ? address.port : port
    console.log(`gp-page is served at http://localhost:${actual}/`)
  })
}
