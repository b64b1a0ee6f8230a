import { expect, test } from './fixtures.ts'
import { delay, recordShifts, shiftsWhenSettled } from './layout-shifts.ts'

// No layout shift on the race page rendered in the browser: the shell (app.html) that answers
// every query-string URL, the editors' folders and `preview:exports`, and a prerendered page
// whose URL asks for another view. Issue 7 brought it to CLS 0; by issue 17 it was at 0.21–0.24
// (Lighthouse): the weekend header's chunk and laps.json arrived after the table and pushed the
// tabs and the table down, the data words rewrote the header's country. Each file and chunk the
// page reads is held back in turn (as late as participants.json of the whole history often is),
// on a phone (Lighthouse's) and a desktop screen.

const PHONE = { width: 412, height: 823 }
const DESKTOP = { width: 1280, height: 800 }
const HELD_MS = 800

const LATE: Array<[string, RegExp | null]> = [
  ['nothing', null],
  ['sessions.json', /\/races\/1101\/sessions\.json$/],
  ['perftime.json', /\/races\/1101\/perftime\.json$/],
  ['resume.json', /\/races\/1101\/resume\.json$/],
  ['laps.json', /\/races\/1101\/laps\.json$/],
  ['participants.json', /\/lookups\/participants\.json$/],
  ['drivers.min.json', /\/lookups\/drivers\.min\.json$/],
  ['races/index.json', /\/races\/index\.json$/],
  ['the weekend header chunk', /\/assets\/weekend-(section|messages)-[\w-]+\.js$/],
  ['the data words chunks', /\/assets\/(country|retirement)-words-[\w-]+\.js$/],
]

for (const [viewport, screen] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  test.describe(`race page, ${viewport}`, () => {
    test.use({ viewport: screen })
    for (const [late, pattern] of LATE) {
      test(`CLS 0 with ${late} late`, async ({ page, consoleErrors }) => {
        await recordShifts(page)
        if (pattern) await delay(page, pattern, HELD_MS)
        await page.goto('/?race=1101&tab=RACE')
        expect(await shiftsWhenSettled(page)).toEqual([])
        expect(consoleErrors).toEqual([])
      })
    }

    // The championship's heading and the lap chart start with a margin: it must not move the
    // panel when it replaces the table placeholder.
    for (const tab of ['CHAMP', 'LAPS']) {
      test(`CLS 0 on the ${tab} tab`, async ({ page, consoleErrors }) => {
        await recordShifts(page)
        await page.goto(`/?race=1101&tab=${tab}`)
        expect(await shiftsWhenSettled(page)).toEqual([])
        expect(consoleErrors).toEqual([])
      })
    }

    test('CLS 0 on a prerendered page asked for another tab', async ({ page, consoleErrors }) => {
      await recordShifts(page)
      await delay(page, /\/assets\/weekend-section-[\w-]+\.js$/, HELD_MS)
      await page.goto('/races/1101/race/?tab=GRID')
      expect(await shiftsWhenSettled(page)).toEqual([])
      expect(consoleErrors).toEqual([])
    })
  })
}

test.describe('race page rendered in the browser, 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } })
  test('CLS 0', async ({ page, consoleErrors }) => {
    await recordShifts(page)
    await page.goto('/?race=1101&tab=RACE')
    expect(await shiftsWhenSettled(page)).toEqual([])
    expect(consoleErrors).toEqual([])
  })
})
