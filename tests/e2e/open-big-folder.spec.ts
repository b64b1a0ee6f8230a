import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from './fixtures.ts'

/**
 * A folder of 1,100 races (the full history's size) opened in the page: the files are read and
 * validated in a Web Worker, with a progress bar, and the page keeps drawing frames meanwhile.
 * The folder is made here from copies of the sample race 1101, each under its own id.
 */
const RACES = 1100
const SAMPLE = resolve(import.meta.dirname, '../../public/races/1101')
let folder = ''

test.beforeAll(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'gp-big-folder-')), 'exports')
  for (const kind of ['sessions', 'perftime', 'resume']) {
    const text = readFileSync(join(SAMPLE, `${kind}.json`), 'utf8')
    for (let index = 0; index < RACES; index += 1) {
      const id = 20_000 + index
      mkdirSync(join(folder, 'races', String(id)), { recursive: true })
      const copy = text.replace(/"race_id": *1101\b/, `"race_id": ${id}`)
      writeFileSync(join(folder, 'races', String(id), `${kind}.json`), copy)
    }
  }
})
test.afterAll(() => rmSync(resolve(folder, '..'), { recursive: true, force: true }))

test('a folder of 1,100 races: progress shown, the page stays responsive', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(180_000)
  await page.goto('/?local=1')
  await expect(
    page.getByRole('heading', { level: 1, name: "Ouvrir un dossier d'exports" }),
  ).toBeVisible()
  await page.waitForLoadState('networkidle')
  // Every frame's time, from the page's first look at the picked files (the change event: the
  // browser's own listing of 3,300 files comes before, out of the page's hands) until the report
  // is shown. A long task on the main thread is a long gap between two frames.
  await page.evaluate(() => {
    const frames: number[] = []
    const tick = (time: number) => {
      frames.push(time)
      if (!document.querySelector('.folder-summary')) requestAnimationFrame(tick)
    }
    const start = () => {
      frames.push(performance.now())
      requestAnimationFrame(tick)
    }
    document.addEventListener('change', start, { capture: true, once: true })
    Object.assign(window, { __frames: frames })
  })

  await page.getByLabel('Choisir un dossier…').setInputFiles(folder)
  const bar = page.getByRole('progressbar', { name: 'Vérification du dossier' })
  await expect(bar).toBeVisible()
  await expect(bar).toHaveAttribute(
    'aria-valuetext',
    /^(Lecture|Vérification) : \d+ \/ 3300 fichiers$/,
  )
  // The bar moves while the check runs (it is read again after the page answered a click).
  const first = Number(await bar.getAttribute('aria-valuenow'))
  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')))
    .toBeGreaterThan(first)

  await expect(page.getByRole('status').filter({ hasText: 'exports' })).toContainText(
    `3300 fichiers vérifiés : ${RACES} courses`,
    { timeout: 150_000 },
  )
  await expect(bar).toHaveCount(0)
  const list = page.getByRole('region', { name: 'Courses du dossier' }).getByRole('listitem')
  await expect(list).toHaveCount(RACES)

  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames)
  const span = (frames.at(-1) ?? 0) - (frames[0] ?? 0)
  const longest = Math.max(...frames.slice(1).map((time, index) => time - (frames[index] ?? 0)))
  // Checked on the page, the longest gap was most of the whole (the tab froze); in the worker
  // the page draws all along: no gap longer than a quarter of the time the check took.
  test.info().annotations.push({
    type: 'main thread',
    description: `longest frame gap ${Math.round(longest)} ms of ${Math.round(span)} ms, ${frames.length} frames`,
  })
  expect(frames.length).toBeGreaterThan(10)
  expect(longest / span).toBeLessThan(0.25)

  // A race of the folder opens, read from its File when the page needs it.
  await list.first().getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Abu Dhabi')
  expect(consoleErrors).toEqual([])
})
