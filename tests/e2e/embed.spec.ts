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
