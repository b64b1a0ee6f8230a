import { expect, test } from './fixtures.ts'

// public/embed-demo.html embeds the page; the iframe follows the content height.
async function frameHeights(page: import('@playwright/test').Page) {
  const frame = page.frameLocator('#gp')
  const content = await frame
    .locator('html')
    .evaluate((html) => Math.ceil(html.getBoundingClientRect().height))
  const iframe = await page
    .locator('#gp')
    .evaluate((element) => element.getBoundingClientRect().height)
  return { content, iframe }
}

test('the demo host resizes the iframe to its content, through tab and language changes', async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/embed-demo.html')
  const frame = page.frameLocator('#gp')
  await expect(frame.getByRole('table', { name: /Course/ })).toBeVisible()
  // No site chrome inside the iframe.
  await expect(frame.getByRole('banner')).toHaveCount(0)
  const check = async () => {
    await expect
      .poll(async () => {
        const { content, iframe } = await frameHeights(page)
        return Math.abs(content - iframe)
      })
      .toBeLessThanOrEqual(2)
  }
  await check()
  await frame.getByRole('tab', { name: 'Meilleur tour' }).click()
  await check()
  await page.getByRole('button', { name: 'Bahreïn 2023 — Résumé' }).click()
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Bahrain')
  await check()
  const before = await frameHeights(page)
  await page.locator('#gp').evaluate((iframe: HTMLIFrameElement) => {
    const url = new URL(iframe.src)
    url.searchParams.set('lang', 'en')
    url.searchParams.set('tab', 'RACE')
    iframe.src = url.toString()
  })
  await expect(frame.getByRole('tab', { name: 'Race', exact: true })).toBeVisible()
  await check()
  expect(before.content).toBeGreaterThan(200)
  expect(consoleErrors).toEqual([])
})

test('the demo host follows the frame: address, title and breadcrumb after a tab click and a navigate message', async ({
  page,
  consoleErrors,
}) => {
  // The host's record of the navigated messages (PRODUCT.md: race, tab, season, title, url).
  await page.addInitScript(() => {
    const seen: unknown[] = []
    Object.assign(window, { __navigated: seen })
    window.addEventListener('message', (event) => {
      if (event.data?.type === 'gp-page:navigated') seen.push(event.data)
    })
  })
  const lastNavigated = () =>
    page.evaluate(() => (window as unknown as { __navigated: unknown[] }).__navigated.at(-1))
  await page.goto('/embed-demo.html')
  const frame = page.frameLocator('#gp')
  await expect(frame.getByRole('table', { name: /Course/ })).toBeVisible()
  await expect(page).toHaveURL(/embed-demo\.html\?race=1101&tab=RACE$/)
  // A race view carries its season too, from the race's own file.
  await expect
    .poll(lastNavigated)
    .toMatchObject({ race: '1101', tab: 'RACE', season: '2023', title: /Abu Dhabi/ })
  await expect(page).toHaveTitle(/^Abu Dhabi Grand Prix 2023 — /)
  await expect(page.locator('#crumb')).toHaveText('Abu Dhabi Grand Prix 2023')
  await frame.getByRole('tab', { name: 'Meilleur tour' }).click()
  await expect(page).toHaveURL(/embed-demo\.html\?race=1101&tab=FL$/)
  // The canonical full page: the app's base and the view, without the frame's own params.
  await expect(page.locator('#full-page')).toHaveAttribute(
    'href',
    new RegExp(`^${new URL(page.url()).origin}/\\?race=1101&tab=FL$`),
  )
  await page.getByRole('button', { name: 'Bahreïn 2023 — Résumé' }).click()
  await expect(page).toHaveURL(/embed-demo\.html\?race=1080&tab=RESUME$/)
  await expect(page).toHaveTitle(/^Bahrain Grand Prix 2023 — /)
  await expect.poll(lastNavigated).toMatchObject({ race: '1080', tab: 'RESUME', season: '2023' })
  await expect(page.locator('#crumb')).toHaveText('Bahrain Grand Prix 2023')
  // The host's address, shared, opens the frame on that view.
  await page.reload()
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Bahrain Grand Prix 2023')
  await expect(frame.getByRole('tab', { name: 'Résumé' })).toHaveAttribute('aria-selected', 'true')
  expect(consoleErrors).toEqual([])
})

test('in the frame: the index link opens the full page in a new tab, the credit stays', async ({
  page,
  context,
  consoleErrors,
}) => {
  await page.goto('/embed-demo.html')
  const frame = page.frameLocator('#gp')
  await expect(frame.getByRole('table', { name: /Course/ })).toBeVisible()
  await expect(frame.getByText('Données F1DB (CC BY 4.0) · LapChart (MIT)')).toBeVisible()
  const index = frame.getByRole('link', { name: 'Tous les GP' })
  await expect(index).toHaveAttribute('target', '_blank')
  await expect(index).toHaveAttribute('rel', 'noopener')
  const [popup] = await Promise.all([context.waitForEvent('page'), index.click()])
  await popup.waitForLoadState()
  expect(new URL(popup.url()).searchParams.has('embed')).toBe(false)
  await expect(popup.getByRole('heading', { level: 1 })).toBeVisible()
  // The frame itself stayed on the race.
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Abu Dhabi Grand Prix 2023')
  await popup.close()
  expect(consoleErrors).toEqual([])
})

test('in the frame: no index, open-by-id box, folder opener or league, only a full-page link', async ({
  page,
  consoleErrors,
}) => {
  for (const query of ['embed=1', 'embed=1&local=1', 'embed=1&league=demo&round=r1']) {
    await page.goto(`/?${query}`)
    await expect(page.getByText('Cette vue s’ouvre en pleine page.')).toBeVisible()
    await expect(page.getByRole('textbox')).toHaveCount(0)
    await expect(page.getByRole('button')).toHaveCount(0)
    const full = page.getByRole('link', { name: 'Ouvrir la page complète' })
    await expect(full).toHaveAttribute('target', '_blank')
    expect(await full.getAttribute('href')).not.toContain('embed')
    await expect(page.getByText('Données F1DB (CC BY 4.0) · LapChart (MIT)')).toBeVisible()
  }
  expect(consoleErrors).toEqual([])
})
