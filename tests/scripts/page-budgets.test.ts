import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  RACE_PAGE_BUDGET_KB,
  RENDER_BLOCKING_BUDGET_KB,
  racePageProblems,
} from '../../scripts/prerender/page-budgets.ts'

/** The prerendered page budgets `npm test` enforces (scripts/check-budgets.ts) fail when crossed. */
let dist = ''

function site(options: { pageBrBytes: number; cssBytes: number; dataBytes: number }) {
  dist = mkdtempSync(join(tmpdir(), 'gp-page-budgets-'))
  const page = join(dist, 'races/1101/race')
  mkdirSync(page, { recursive: true })
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'boot.js'), '(() => {})()')
  // Random bytes do not compress: their gzip size is about their size.
  writeFileSync(join(dist, 'assets/index.css'), randomBytes(options.cssBytes).toString('hex'))
  const html =
    '<link rel="stylesheet" crossorigin href="/assets/index.css">' +
    `<script type="application/json" id="gp-page-data">${'x'.repeat(options.dataBytes)}</script>`
  writeFileSync(join(page, 'index.html'), html)
  writeFileSync(join(page, 'index.html.br'), Buffer.alloc(options.pageBrBytes))
}

afterEach(() => rmSync(dist, { recursive: true, force: true }))

describe('prerendered page budgets', () => {
  it('pass for a page within them', async () => {
    site({ pageBrBytes: 10_000, cssBytes: 1_000, dataBytes: 80_000 })
    expect(await racePageProblems(dist)).toEqual([])
  })

  it('fail on a page over the first flight, a big data block or heavy render-blocking files', async () => {
    site({
      pageBrBytes: RACE_PAGE_BUDGET_KB * 1024 + 1,
      cssBytes: RENDER_BLOCKING_BUDGET_KB * 1024,
      dataBytes: 130 * 1024,
    })
    const problems = await racePageProblems(dist)
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/KB brotli, over 14 KB/)
    expect(problems[1]).toMatch(/data block is over 120 KB/)
    expect(problems[2]).toMatch(/boot\.js and its stylesheets are .* KB gzip, over 5 KB/)
  })
})
