import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * Budgets of the prerendered race pages (issue 17, docs/performance.md), what a phone needs
 * before it paints the table (LCP): the page itself, brotli as scripts/prerender-worker.ts writes
 * it, within TCP's first flight (10 segments, about 14 KB: one round trip on slow 4G); its data
 * block (parsed by the entry before it hydrates); and what blocks the first paint, public/boot.js
 * and the stylesheets the page links, gzip. The entry's 100+ KB of JS run after that paint.
 */
export const RACE_PAGE_BUDGET_KB = 14
export const PAGE_DATA_BUDGET_KB = 120
export const RENDER_BLOCKING_BUDGET_KB = 5

const KB = 1024
const DATA_BLOCK = /<script type="application\/json" id="gp-page-data">([^<]*)<\/script>/
const STYLESHEET = /<link rel="stylesheet"[^>]*href="\/?([^"]+)"/g

/** boot.js and the stylesheets a page links, gzip level 9 (what the first paint waits for). */
export async function renderBlockingBytes(dist: string, html: string): Promise<number> {
  const files = ['boot.js', ...[...html.matchAll(STYLESHEET)].map((match) => match[1] ?? '')]
  let bytes = 0
  for (const file of files) {
    const content = await readFile(join(dist, file)).catch(() => null)
    if (content) bytes += gzipSync(content, { level: 9 }).length
  }
  return bytes
}

/** Problems of the pages of race 1101 (none when dist was not prerendered). */
export async function racePageProblems(dist: string, raceId = '1101'): Promise<string[]> {
  const root = join(dist, 'races', raceId)
  const tabs = await readdir(root, { withFileTypes: true }).catch(() => [])
  const pages = [
    join(root, 'index.html'),
    ...tabs
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(root, entry.name, 'index.html')),
  ]
  const problems: string[] = []
  for (const page of pages) {
    const html = await readFile(page, 'utf8').catch(() => null)
    if (html === null) continue
    const br = await stat(`${page}.br`).catch(() => null)
    if (br && br.size > RACE_PAGE_BUDGET_KB * KB) {
      problems.push(
        `${page} is ${(br.size / KB).toFixed(1)} KB brotli, over ${RACE_PAGE_BUDGET_KB} KB`,
      )
    }
    const data = DATA_BLOCK.exec(html)?.[1] ?? ''
    if (Buffer.byteLength(data) > PAGE_DATA_BUDGET_KB * KB) {
      problems.push(`${page}: its data block is over ${PAGE_DATA_BUDGET_KB} KB`)
    }
    const blocking = await renderBlockingBytes(dist, html)
    if (blocking > RENDER_BLOCKING_BUDGET_KB * KB) {
      problems.push(
        `${page}: boot.js and its stylesheets are ${(blocking / KB).toFixed(1)} KB gzip, over ${RENDER_BLOCKING_BUDGET_KB} KB`,
      )
    }
  }
  return problems
}
