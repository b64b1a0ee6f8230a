import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts'
import { expect, test } from './fixtures.ts'

// Chromium blocks one loopback origin from framing another (Local Network Access); a real host
// is a public site framing a public gp-page, so the check is lifted for this test only.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
  },
})

test('a navigate message from an origin that is not allowed is ignored', async ({
  page,
  consoleErrors,
  baseURL,
}) => {
  const app = new URL(baseURL ?? '')
  // A host page on another origin (localhost vs 127.0.0.1: both loopback, so Chromium lets one
  // embed the other), served by the test itself, embeds gp-page.
  const other = `http://localhost:${app.port}/other-site.html`
  await page.route(other, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>other site</title><iframe id="gp" title="gp" src="${app.origin}/?race=1101&tab=RACE&embed=1" style="width:900px;height:400px"></iframe>`,
    }),
  )
  await page.goto(other)
  const frame = page.frameLocator('#gp')
  await expect(frame.getByRole('tab', { name: 'Course' })).toHaveAttribute('aria-selected', 'true')
  const heights: number[] = []
  const navigated: unknown[] = []
  await page.exposeFunction('recordHeight', (h: number) => heights.push(h))
  await page.exposeFunction('recordNavigated', (data: unknown) => navigated.push(data))
  await page.evaluate(() => {
    const record = window as unknown as {
      recordHeight: (h: number) => void
      recordNavigated: (data: unknown) => void
    }
    window.addEventListener('message', (event) => {
      if (event.data?.type === 'gp-page:height') record.recordHeight(event.data.height)
      if (event.data?.type === 'gp-page:navigated') record.recordNavigated(event.data)
    })
    const iframe = document.getElementById('gp') as HTMLIFrameElement
    iframe.contentWindow?.postMessage({ type: 'gp-page:navigate', race: '1080', tab: 'GRID' }, '*')
  })
  await page.waitForTimeout(500)
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Abu Dhabi Grand Prix 2023')
  await expect(frame.getByRole('tab', { name: 'Course' })).toHaveAttribute('aria-selected', 'true')
  // Nor does the page tell that origin its height, nor where it goes when a reader clicks a tab.
  await frame.getByRole('tab', { name: 'Grille' }).click()
  await expect(frame.getByRole('tab', { name: 'Grille' })).toHaveAttribute('aria-selected', 'true')
  await page.waitForTimeout(300)
  expect(heights).toEqual([])
  expect(navigated).toEqual([])
  expect(consoleErrors).toEqual([])
})
