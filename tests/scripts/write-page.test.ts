import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import type { Server } from 'node:http'
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writePage } from '../../scripts/prerender/write-page.ts'
import { startServer } from '../../scripts/serve.ts'

/**
 * A prerendered page as scripts/prerender-worker.ts writes it (index.html, .br, .gz), and as
 * scripts/serve.ts sends it: brotli to a browser that takes it, gzip to one that only takes gzip,
 * the HTML itself otherwise. Rows of a race table: the copies must decode to the same bytes.
 */
const row = (i: number) => `<tr><td>${i}</td><td>Pilote ${i} — écurie</td><td>+${i}.123</td></tr>`
const HTML = `<!doctype html><title>race 1101</title><table>${Array.from({ length: 400 }, (_, i) => row(i)).join('')}</table>`

let work = ''
let server: Server
let port = 0

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gp-page-write-'))
  writePage(join(work, 'races/1101/grid'), HTML)
  server = await startServer({ dist: work, port: 0 })
  port = (server.address() as AddressInfo).port
})

afterAll(() => {
  server.closeAllConnections()
  server.close()
  rmSync(work, { recursive: true, force: true })
})

/** The raw body and its content-encoding (fetch would decode it). */
function get(path: string, acceptEncoding: string) {
  return new Promise<{ encoding: string | undefined; body: Buffer }>((done, fail) => {
    const req = request(
      { port, path, headers: { 'accept-encoding': acceptEncoding } },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          done({
            encoding: response.headers['content-encoding'],
            body: Buffer.concat(chunks),
          }),
        )
      },
    )
    req.on('error', fail)
    req.end()
  })
}

describe('writePage', () => {
  const file = () => join(work, 'races/1101/grid/index.html')

  it('writes the page and its brotli and gzip copies, which decode to it', () => {
    expect(readFileSync(file(), 'utf8')).toBe(HTML)
    const br = readFileSync(`${file()}.br`)
    const gz = readFileSync(`${file()}.gz`)
    expect(brotliDecompressSync(br).toString('utf8')).toBe(HTML)
    expect(gunzipSync(gz).toString('utf8')).toBe(HTML)
    expect(br.length).toBeLessThan(Buffer.byteLength(HTML) / 5)
    expect(gz.length).toBeLessThan(Buffer.byteLength(HTML) / 5)
  })

  it('writes the copies after the page (the server sends no copy older than its file)', () => {
    const page = statSync(file()).mtimeMs
    expect(statSync(`${file()}.br`).mtimeMs).toBeGreaterThanOrEqual(page)
    expect(statSync(`${file()}.gz`).mtimeMs).toBeGreaterThanOrEqual(page)
  })

  it('is served as brotli, as gzip or as is, by what the browser accepts', async () => {
    const br = await get('/races/1101/grid/', 'gzip, deflate, br')
    expect(br.encoding).toBe('br')
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(HTML)
    const gz = await get('/races/1101/grid/', 'gzip, deflate')
    expect(gz.encoding).toBe('gzip')
    expect(gunzipSync(gz.body).toString('utf8')).toBe(HTML)
    const plain = await get('/races/1101/grid/', 'identity')
    expect(plain.encoding).toBeUndefined()
    expect(plain.body.toString('utf8')).toBe(HTML)
  })
})
