import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { axe, expect, test } from './fixtures.ts'

// Sim-racing leagues (seed 003), on the generated sample data of public/leagues/.
const GT_ROUND = '/?league=gt-masters&round=201'
const CLUB_ROUND = '/?league=club-cup&round=302'

interface RoundJson {
  round: Record<string, Array<{ race_result_id: number }> | null>
  race_events: Array<{ results: Array<{ id: number; driver: { name: string } }> }>
}

function roundJson(path: string): RoundJson {
  const json = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public', path), 'utf8'))
  return 'data' in json ? json.data : json
}

/** Clicks every tab in turn and checks each shows its tables and passes axe. */
async function visitEveryTab(page: Page, expected: Array<[string, number]>) {
  const tabs = page.getByRole('tab')
  await expect(tabs).toHaveText(expected.map(([name]) => name))
  for (const [name, tables] of expected) {
    await page.getByRole('tab', { name, exact: true }).click()
    await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await expect(page.getByRole('tabpanel').getByRole('table')).toHaveCount(tables)
    await axe(page)
  }
}

test.describe('league round with divisions', () => {
  test('every tab: events per division, round standings, cross-division rankings', async ({
    page,
    consoleErrors,
  }) => {
    test.slow() // five axe scans, one per tab
    await page.goto(GT_ROUND)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manche 1 · Spa-Francorchamps')
    await expect(page.getByText('GT Masters · Saison 2025')).toBeVisible()
    await visitEveryTab(page, [
      ['Qualifications', 2],
      ['Course 1 · Sprint', 2],
      ['Course 2 · Feature', 2],
      ['Classement de la manche', 2],
      ['Classements inter-divisions', 3],
    ])
    expect(consoleErrors).toEqual([])
  })

  test('race results: times, gaps, fastest lap, DNF, places gained and points', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(`${GT_ROUND}&tab=event-1202`)
    const pro = page.getByRole('table', {
      name: 'Course 1 · Sprint — Manche 1 · Spa-Francorchamps — Pro',
    })
    const winner = pro.getByRole('row', { name: /Alessio Varga/ })
    await expect(winner.locator('td')).toHaveText([
      '1',
      'Alessio Varga',
      '32:30.167',
      '—',
      /2:18\.450\s*◆/,
      '—',
      /=/,
      '16',
      '—',
    ])
    await expect(winner).toContainText('Meilleur tour de la division')
    await expect(pro.getByRole('row', { name: /Björn Castellan/ })).toContainText('+1.331')
    const dnf = pro.getByRole('row', { name: /Carmen Ostrova/ })
    await expect(dnf.getByText('Ab.')).toBeVisible()
    await expect(dnf.locator('td').nth(7)).toHaveText('1') // dnf_points
    expect(consoleErrors).toEqual([])
  })

  test('cross-division rankings name every driver and division, never a raw id', async ({
    page,
    consoleErrors,
  }) => {
    const file = roundJson('leagues/gt-masters/rounds/201.json')
    const names = new Map(
      file.race_events.flatMap((e) => e.results.map((r) => [r.id, r.driver.name] as const)),
    )
    await page.goto(`${GT_ROUND}&tab=rankings`)
    const tables = [
      ['Qualifications — toutes divisions', 'qualifying_results'],
      ['Temps de course — toutes divisions', 'race_time_results'],
      ['Meilleurs tours — toutes divisions', 'fastest_lap_results'],
    ] as const
    for (const [caption, kind] of tables) {
      const table = page.getByRole('table', { name: caption })
      await expect(table).toBeVisible()
      const drivers = await table.locator('tbody tr td:nth-child(2)').allInnerTexts()
      const expected = (file.round[kind] ?? []).map((entry) => names.get(entry.race_result_id))
      expect(drivers).toEqual(expected)
      expect(drivers.some((text) => /\d/.test(text))).toBe(false)
      const divisions = await table.locator('tbody tr td:nth-child(3)').allInnerTexts()
      expect(new Set(divisions)).toEqual(new Set(['Pro', 'Am']))
    }
    expect(consoleErrors).toEqual([])
  })

  test('the division filter keeps one division, in the URL', async ({ page, consoleErrors }) => {
    await page.goto(`${GT_ROUND}&tab=standings`)
    await page.getByRole('combobox', { name: 'Division' }).selectOption({ label: 'Am' })
    await expect(page).toHaveURL(/division=2/)
    await expect(page.getByRole('tabpanel').getByRole('table')).toHaveCount(1)
    await expect(page.getByRole('heading', { name: 'Am', level: 3 })).toBeVisible()
    await page.getByRole('tab', { name: 'Classements inter-divisions' }).click()
    await expect(page.getByText(/Seuls les pilotes de la division Am/)).toBeVisible()
    const divisions = await page.locator('tbody tr td:nth-child(3)').allInnerTexts()
    expect(new Set(divisions)).toEqual(new Set(['Am']))
    await page.reload()
    await expect(page.getByRole('combobox', { name: 'Division' })).toHaveValue('2')
    await axe(page)
    expect(consoleErrors).toEqual([])
  })

  test('an id that resolves to nothing is marked, not shown as a driver', async ({
    page,
    consoleErrors,
  }) => {
    await page.route('**/leagues/gt-masters/rounds/201.json', async (route) => {
      const response = await route.fetch()
      const json = await response.json()
      json.round.fastest_lap_results[0].race_result_id = 999_999
      await route.fulfill({ response, json })
    })
    await page.goto(`${GT_ROUND}&tab=rankings`)
    const table = page.getByRole('table', { name: 'Meilleurs tours — toutes divisions' })
    const first = table.locator('tbody tr').first()
    await expect(first).toContainText('résultat #999999 introuvable')
    await expect(first).toContainText('Résultat introuvable dans la manche')
    await expect(page.getByText(/Contrôle des points : 1 remarque/)).toBeVisible()
    await axe(page)
    expect(consoleErrors).toEqual([])
  })

  test('a round in progress: its pending race is provisional', async ({ page, consoleErrors }) => {
    await page.goto('/?league=gt-masters&round=204')
    const tab = page.getByRole('tab', { name: /Course 2 · Feature \(provisoire\)/ })
    await expect(tab).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('note')).toContainText('Résultats provisoires')
    const first = page.getByRole('table', { name: /Pro$/ }).locator('tbody tr').first()
    await expect(first.locator('td').first()).toHaveText('—')
    await expect(first).toContainText('provisoire')
    await axe(page)
    await page.getByRole('tab', { name: 'Classement de la manche' }).click()
    await expect(page.getByText(/Manche en cours/)).toBeVisible()
    expect(consoleErrors).toEqual([])
  })
})

test.describe('league round without divisions', () => {
  test('every tab, round points mode, a DNS', async ({ page, consoleErrors }) => {
    test.slow() // five axe scans, one per tab
    await page.goto(CLUB_ROUND)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manche 2 · Zandvoort')
    await expect(page.getByRole('combobox', { name: 'Division' })).toHaveCount(0)
    await visitEveryTab(page, [
      ['Qualifications', 1],
      ['Course 1', 1],
      ['Course 2', 1],
      ['Classement de la manche', 1],
      ['Classements au temps', 3],
    ])
    await page.getByRole('tab', { name: 'Classement de la manche' }).click()
    const standings = page.getByRole('table', { name: /Classement de la manche/ })
    await expect(standings.getByRole('columnheader', { name: /Pts manche/ })).toBeVisible()
    const first = standings.locator('tbody tr').first().locator('td')
    // Round points mode: total = round points 25 + fastest lap 1 + pole 0.
    await expect(first).toHaveText(['1', 'Anouk Verbeek', '50', '1', '0', '25', '26', /▲4/])
    await page.getByRole('tab', { name: 'Course 2' }).click()
    await expect(page.getByRole('row', { name: /Gwen Ashdown/ }).getByText('NP')).toBeVisible()
    await page.getByRole('tab', { name: 'Classements au temps' }).click()
    await expect(page.getByRole('tabpanel').getByRole('table')).toHaveCount(3)
    const drivers = await page.locator('tbody tr td:nth-child(2)').allInnerTexts()
    expect(drivers.every((name) => /^\p{Lu}\p{L}+ \p{Lu}[\p{L}-]+$/u.test(name))).toBe(true)
    expect(consoleErrors).toEqual([])
  })

  test('in English', async ({ page, consoleErrors }) => {
    await page.goto(`${CLUB_ROUND}&lang=en&tab=rankings`)
    await expect(page.getByRole('tab', { name: 'Time rankings' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await expect(page.getByRole('table', { name: 'Best race time per driver' })).toBeVisible()
    expect(consoleErrors).toEqual([])
  })
})

test.describe('season standings', () => {
  for (const [url, title, divisions] of [
    ['/?league=gt-masters&standings=12', 'Classement GT Masters · Saison 2025', ['Pro', 'Am']],
    ['/?league=club-cup&standings=5', 'Classement Club Cup · Winter Series 2025', []],
  ] as const) {
    test(`${title}: each total is the sum of its round points`, async ({ page, consoleErrors }) => {
      await page.goto(url)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
      for (const division of divisions) {
        await expect(page.getByRole('heading', { level: 2, name: division })).toBeVisible()
      }
      const tables = page.getByRole('table')
      await expect(tables).toHaveCount(Math.max(divisions.length, 1))
      let checked = 0
      for (const table of await tables.all()) {
        for (const row of await table.locator('tbody tr').all()) {
          const cells = await row.locator('td').allInnerTexts()
          const rounds = cells.slice(2, -1).filter((text) => text !== '—')
          const sum = rounds.reduce((total, text) => total + Number(text.replace(',', '.')), 0)
          expect(Number(cells.at(-1)?.replace(',', '.')), cells[1]).toBe(sum)
          checked++
        }
      }
      expect(checked).toBeGreaterThan(10)
      await axe(page)
      expect(consoleErrors).toEqual([])
    })
  }

  test('a round header opens that round, for that division', async ({ page, consoleErrors }) => {
    await page.goto('/?league=gt-masters&standings=12')
    const am = page.getByRole('table', { name: /— Am$/ })
    await expect(
      am
        .getByRole('row', { name: /Ugo Bellandi/ })
        .locator('td')
        .nth(4),
    ).toHaveText('—')
    await am.getByRole('link', { name: 'Manche 2 · Monza' }).click()
    await expect(page).toHaveURL(/league=gt-masters&round=202&division=2|round=202.*division=2/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manche 2 · Monza')
    await expect(page.getByRole('tabpanel').getByRole('table')).toHaveCount(1)
    await page.getByRole('link', { name: 'Classement de la saison' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Classement GT Masters · Saison 2025',
    )
    expect(consoleErrors).toEqual([])
  })
})

test.describe('league files and the index', () => {
  test('the index lists the leagues and opens a round', async ({ page, consoleErrors }) => {
    await page.goto('/')
    const leagues = page.getByRole('region', { name: 'Ligues de sim racing' })
    await expect(leagues.getByRole('heading', { name: 'GT Masters' })).toBeVisible()
    await axe(page)
    await leagues.getByRole('link', { name: /Zandvoort/ }).click()
    await expect(page).toHaveURL(/league=club-cup&round=302/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manche 2 · Zandvoort')
    // races/index.json is optional and the F1 sample data may be absent: its 404 is expected.
    expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([])
    consoleErrors.length = 0
  })

  test('without leagues/index.json the index shows no league section', async ({
    page,
    consoleErrors,
  }) => {
    await page.route('**/leagues/index.json', (route) => route.fulfill({ status: 404, body: '' }))
    const asked = page.waitForResponse('**/leagues/index.json')
    // The prerendered index holds its leagues: the shell is the page that reads the file.
    await page.goto('/app.html')
    await expect(page.getByRole('heading', { name: 'Grands Prix', level: 1 })).toBeVisible()
    await asked
    await page.waitForLoadState('networkidle')
    await expect(page.getByRole('heading', { name: 'Ligues de sim racing' })).toHaveCount(0)
    expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([])
    consoleErrors.length = 0
  })

  test('a broken round file is named with the JSON path', async ({ page, consoleErrors }) => {
    await page.route('**/leagues/gt-masters/rounds/201.json', async (route) => {
      const response = await route.fetch()
      const json = await response.json()
      json.round.round_results.standings[0].results[0].total_points = 'lots'
      await route.fulfill({ response, json })
    })
    await page.goto(GT_ROUND)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('leagues/gt-masters/rounds/201.json')
    await expect(alert).toContainText('round.round_results.standings[0].results[0].total_points')
    expect(consoleErrors).toEqual([])
  })

  test('a round that does not exist gets a clear page', async ({ page, consoleErrors }) => {
    await page.goto('/?league=gt-masters&round=999')
    await expect(page.getByRole('heading', { name: 'Manche introuvable' })).toBeVisible()
    await expect(page.getByText('leagues/gt-masters/rounds/999.json')).toBeVisible()
    await axe(page)
    expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([])
    consoleErrors.length = 0
  })
})
