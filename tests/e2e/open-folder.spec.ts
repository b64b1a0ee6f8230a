import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { DEFECTS } from '../fixtures/exports-maker/make-exports.ts'
import { axe, expect, test } from './fixtures.ts'

/**
 * An editor opens an export folder in the page (`?local=1`, linked from the index): the files are
 * read in the browser (no request for a data file leaves it), the report lists the problems by
 * file with links to the tabs they affect, and the races render from those files.
 */
const FIXTURES = resolve(import.meta.dirname, '../fixtures')
const VALID = resolve(FIXTURES, 'exports-valid')
const DEFECTIVE = resolve(FIXTURES, 'exports-defects')

// biome-ignore lint/suspicious/noExplicitAny: fixture files read by JSON path
function fixture(folder: string, path: string): any {
  return JSON.parse(readFileSync(resolve(folder, path), 'utf8'))
}

/** Every request for a file of the export layout: the folder view must make none. */
function dataRequests(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (/^\/(races|seasons|lookups|leagues)\//.test(path)) urls.push(path)
  })
  return urls
}

/** Opens the folder from the index page; returns the data requests made from then on. */
async function openFolder(page: Page, folder: string): Promise<string[]> {
  await page.goto('/')
  await page.getByRole('link', { name: "Ouvrir un dossier d'exports" }).click()
  await expect(page).toHaveURL(/[?&]local=1/)
  await expect(
    page.getByRole('heading', { level: 1, name: "Ouvrir un dossier d'exports" }),
  ).toBeVisible()
  await page.waitForLoadState('networkidle')
  const requests = dataRequests(page)
  // The directory input (webkitdirectory): Playwright sends the folder's files with their paths.
  await page.getByLabel('Choisir un dossier…').setInputFiles(folder)
  await expect(page.getByRole('heading', { name: 'Courses du dossier' })).toBeVisible()
  return requests
}

test.describe('open an export folder', () => {
  test('the defects folder: report by file, links to the tabs, the valid races still open', async ({
    page,
    consoleErrors,
  }) => {
    const requests = await openFolder(page, DEFECTIVE)

    const errors = DEFECTS.filter((defect) => defect.severity === 'error').length
    const files = [...new Set(DEFECTS.map((defect) => defect.file))]
    await expect(page.getByRole('status').filter({ hasText: 'exports-defects' })).toContainText(
      `${errors} erreurs, ${DEFECTS.length - errors} avertissements dans ${files.length} fichiers.`,
    )

    const report = page.getByRole('region', { name: 'Rapport de validation' })
    await expect(report).toBeVisible()
    // One section per file, holding exactly that file's problems, each with its JSON path.
    await expect(report.getByRole('region')).toHaveCount(files.length)
    for (const file of files) {
      const section = report.getByRole('region', { name: file, exact: true })
      const defects = DEFECTS.filter((defect) => defect.file === file)
      await expect(section.getByRole('listitem'), file).toHaveCount(defects.length)
      for (const defect of defects) {
        // The page says each message in French (docs/translations.md): found by its JSON path.
        const item = section.getByRole('listitem').filter({
          has: page
            .locator('.report-path')
            .getByText(defect.path || 'fichier entier', { exact: Boolean(defect.path) }),
        })
        await expect(item.first(), `${file} › ${defect.path}`).toBeVisible()
        await expect(item.first()).toContainText(
          defect.severity === 'error' ? 'Erreur' : 'Avertissement',
        )
        if (!defect.path) await expect(item.first()).toContainText('fichier entier')
      }
    }
    await axe(page)

    // A problem links to the tab it affects: sessions[3] of 1101 is that race's fourth session.
    const sessions = fixture(DEFECTIVE, 'races/1101/sessions.json')
    const code: string = sessions.sessions[3].code
    const lapProblem = report
      .getByRole('region', { name: 'races/1101/sessions.json', exact: true })
      .getByRole('listitem')
      .filter({ hasText: 'sessions[3].rows[5].best_lap_ms' })
    const link = lapProblem.getByRole('link')
    await expect(link).toHaveAttribute('href', new RegExp(`[?&]race=1101&tab=${code}$`))
    await link.click()
    await expect(page).toHaveURL(new RegExp(`[?&]local=1.*[?&]race=1101&tab=${code}`))
    const selected = page.getByRole('tab', { selected: true })
    await expect(selected).toHaveAttribute('data-tab', code)
    await expect(page.getByRole('note')).toContainText('exports-defects')

    // The race renders from the folder's files: the time its first session shows as written.
    const first = sessions.sessions[0]
    await page.getByRole('tab', { name: 'Essais libres 1' }).click()
    const practice = page.getByRole('table', { name: /Essais libres 1/ })
    await expect(
      practice.getByRole('row', { name: new RegExp(first.rows[5].driver_name) }),
    ).toContainText(first.rows[5].best_lap_time_raw)
    await page.getByRole('tab', { name: 'Course', exact: true }).click()
    const race = sessions.sessions.find((session: { code: string }) => session.code === 'RACE')
    const raceTable = page.getByRole('table', {
      name: new RegExp(`Course — ${sessions.meta.gp_name}`),
    })
    await expect(raceTable.locator('tbody tr')).toHaveCount(race.rows.length)
    await expect(raceTable.locator('tbody tr').first()).toContainText(race.rows[0].driver_name)

    // Back to the report, then a race whose sessions.json has one bad value (EL3, row 6): the
    // race still shows its rows, the value reads "illisible" and a note names its JSON path.
    await page.getByRole('link', { name: /^Rapport de validation/ }).click()
    await expect(report).toBeVisible()
    await page
      .getByRole('region', { name: 'Courses du dossier' })
      .getByRole('link', { name: /1080/ })
      .click()
    await expect(page.getByRole('alert')).toHaveCount(0)
    await page.getByRole('tab', { name: 'Essais libres 3', exact: true }).click()
    const note = page.getByRole('complementary', { name: 'Valeurs illisibles dans ce fichier' })
    await expect(note).toContainText('sessions[2].rows[5].best_lap_ms')
    await expect(page.getByRole('table').first()).toContainText('illisible')

    expect(requests).toEqual([])
    expect(consoleErrors).toEqual([])
  })

  test('the valid folder: no problem, its races render', async ({ page, consoleErrors }) => {
    const requests = await openFolder(page, VALID)
    await expect(page.getByRole('status').filter({ hasText: 'exports-valid' })).toContainText(
      'Aucun problème.',
    )
    await expect(page.getByRole('region', { name: 'Rapport de validation' })).toHaveCount(0)

    const index = fixture(VALID, 'races/index.json')
    const list = page.getByRole('region', { name: 'Courses du dossier' }).getByRole('listitem')
    await expect(list).toHaveCount(index.races.length)
    await axe(page)

    const sessions = fixture(VALID, 'races/265/sessions.json')
    await list.filter({ hasText: sessions.meta.gp_name }).getByRole('link').click()
    await expect(page).toHaveURL(/[?&]local=1.*[?&]race=265/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(sessions.meta.gp_name)
    const race = sessions.sessions.find((session: { code: string }) => session.code === 'COURSE')
    const table = page.getByRole('table', { name: /^Course — / })
    await expect(table.locator('tbody tr')).toHaveCount(race.rows.length)
    await expect(table.locator('tbody tr').first()).toContainText(race.rows[0].driver_name)
    await axe(page)

    expect(requests).toEqual([])

    // Closing the folder: the published files again, over the network.
    await page.getByRole('link', { name: 'Fermer le dossier' }).click()
    await expect(page).not.toHaveURL(/local=1/)
    await expect.poll(() => requests).toContain('/races/index.json')
    expect(consoleErrors).toEqual([])
  })
})
