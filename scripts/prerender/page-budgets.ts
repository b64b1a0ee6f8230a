import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Budgets of the prerendered race pages (issue 17, docs/performance.md): what a fan downloads
 * before the table shows is the page itself, brotli as scripts/prerender-worker.ts writes it,
 * and its data block (parsed by the entry before it hydrates).
 */
export const RACE_PAGE_BUDGET_KB = 12
export const PAGE_DATA_BUDGET_KB = 120

const KB = 1024
const DATA_BLOCK = /<script type="application\/json" id="gp-page-data">([^<]*)<\/script>/

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
  }
  return problems
}
