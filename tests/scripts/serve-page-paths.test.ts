import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from '../../scripts/serve.ts'

/**
 * Prerendered page paths (issue 17): /races/1101 and /races/1101/ are the same page, answered
 * directly (200, no redirect: a 301 costs a phone a round trip before the HTML). The page's links
 * and assets are absolute from the app's base, so the missing slash changes nothing they resolve.
 */
let server: Server
let base = ''
let work = ''

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gp-page-paths-'))
  const page = (path: string, text: string) => {
    mkdirSync(join(work, path), { recursive: true })
    writeFileSync(join(work, path, 'index.html'), text)
  }
  writeFileSync(join(work, 'app.html'), '<!doctype html><title>shell</title>')
  page('', '<!doctype html><title>index page</title>')
  page('races/1101', '<!doctype html><title>race 1101</title>')
  page('races/1101/grid', '<!doctype html><title>race 1101 grid</title>')
  page('seasons/2023', '<!doctype html><title>season 2023</title>')
  server = await startServer({ dist: work, port: 0 })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => {
  server.closeAllConnections()
  server.close()
  rmSync(work, { recursive: true, force: true })
})

const get = (path: string) => fetch(base + path, { redirect: 'manual' })

describe('page paths with or without the final slash', () => {
  for (const [path, title] of [
    ['/races/1101', 'race 1101'],
    ['/races/1101/grid', 'race 1101 grid'],
    ['/seasons/2023', 'season 2023'],
    ['/races/1101?lang=en', 'race 1101'],
  ] as const) {
    it(`${path} is the page itself, not a redirect`, async () => {
      const slashless = await get(path)
      expect(slashless.status).toBe(200)
      expect(slashless.headers.get('location')).toBeNull()
      expect(await slashless.text()).toContain(`<title>${title}</title>`)
      const [pathname, query] = path.split('?')
      const slashed = await get(`${pathname}/${query ? `?${query}` : ''}`)
      expect(await slashed.text()).toContain(`<title>${title}</title>`)
    })
  }

  it('a page the build did not make is the shell with a 404 (the app explains)', async () => {
    const missing = await get('/races/9999')
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('<title>shell</title>')
  })
})
