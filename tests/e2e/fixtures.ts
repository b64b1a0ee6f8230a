import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

// Optional files whose 404 selects a fallback: the browser logs the 404, the page is fine.
const OPTIONAL =
  /\/(races\/[^/]+\/(perftime|resume|laps)\.json|seasons\/[^/]+\/(championship|rounds)\.json|lookups\/[^/]+\.json|races\/index\.json|leagues\/index\.json)$/

/**
 * Every journey collects console errors and uncaught exceptions and fails on any (a 404 of an
 * optional export file excepted); `axe(page)` scans the page as it stands (WCAG 2 A/AA).
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      const url = message.location().url
      if (message.text().includes('404') && OPTIONAL.test(new URL(url, 'http://x').pathname)) return
      errors.push(`${message.text()} (${url})`)
    })
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
    await use(errors)
    expect(errors, 'console errors').toEqual([])
  },
})

export { expect }

export async function axe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  )
  expect(summary, 'axe violations').toEqual([])
}

/** The cells of a table row, as text. */
export async function rowTexts(page: Page, tableName: RegExp | string, rowIndex: number) {
  const row = page.getByRole('table', { name: tableName }).locator('tbody tr').nth(rowIndex)
  await expect(row).toBeVisible()
  return row.locator('td').allInnerTexts()
}
