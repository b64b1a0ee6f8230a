import { axe, expect, test } from './fixtures.ts'

// Flaky and absent networks: offline says so and catches up, failures retry with growing delays,
// a network that stays down names the file with a retry button.

const SESSIONS = '**/races/1101/sessions.json'

/** The browser logs each failed attempt at the file; those are expected, nothing else. */
function withoutFailuresOf(errors: string[], file: string): string[] {
  return errors.filter((error) => !error.includes(file))
}

test('offline: a clear message, what is loaded keeps working, back online the page catches up', async ({
  page,
  context,
  consoleErrors,
}) => {
  await page.goto('/?race=1101&tab=RACE')
  await expect(page.getByRole('table', { name: /Course/ })).toBeVisible()
  // What the page fetches after its first table (the other tabs' code, the validator's checks)
  // has arrived: "what is loaded" is all of it.
  await page.waitForLoadState('networkidle')
  await context.setOffline(true)
  const banner = page.getByRole('status').filter({ hasText: 'Hors ligne.' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('le reste se chargera au retour du réseau')
  await axe(page)

  // What is already loaded keeps working.
  await page.getByRole('tab', { name: 'Grille', exact: true }).click()
  await expect(page.getByRole('table', { name: /Grille/ })).toBeVisible()

  // A race not loaded yet waits for the network: no error, no blank page.
  await page.getByRole('link', { name: /GP précédent/ }).click()
  await expect(page.getByText('Chargement…')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await banner.getByRole('button', { name: 'Réessayer' }).click()
  await expect(banner).toBeVisible() // still offline: the banner stays

  await context.setOffline(false)
  await expect(banner).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Las Vegas Grand Prix 2023')
  await expect(page.getByRole('table', { name: /Grille/ })).toBeVisible()
  // Offline, the browser's own favicon request fails (on each history change); nothing else.
  expect(withoutFailuresOf(consoleErrors, '/favicon.svg')).toEqual([])
  consoleErrors.length = 0
})

test('a flaky network: the file is retried with growing delays, then the page shows', async ({
  page,
  consoleErrors,
}) => {
  const attempts: number[] = []
  await page.route(SESSIONS, async (route) => {
    attempts.push(Date.now())
    if (attempts.length <= 2) await route.abort('failed')
    else await route.fallback()
  })
  await page.goto('/?race=1101&tab=RACE')
  await expect(page.getByRole('table', { name: /Course/ })).toBeVisible({ timeout: 15_000 })
  expect(attempts).toHaveLength(3)
  const [first = 0, second = 0, third = 0] = attempts
  // Exponential backoff: about 1 s, then about 2 s.
  expect(second - first).toBeGreaterThanOrEqual(900)
  expect(third - second).toBeGreaterThanOrEqual(1900)
  expect(third - second).toBeGreaterThan(second - first)
  expect(withoutFailuresOf(consoleErrors, 'sessions.json')).toEqual([])
  consoleErrors.length = 0
})

test('a network that stays down: the file is named with a retry button that works once it is back', async ({
  page,
  consoleErrors,
}) => {
  let down = true
  let attempts = 0
  await page.route(SESSIONS, async (route) => {
    attempts += 1
    if (down) await route.abort('connectionrefused')
    else await route.fallback()
  })
  await page.goto('/?race=1101&tab=RACE')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Fichier illisible : races/1101/sessions.json', {
    timeout: 15_000,
  })
  await expect(alert).toContainText('Le réseau ne répond pas.')
  // The first try and two retries, no more.
  expect(attempts).toBe(3)
  await axe(page)

  down = false
  await alert.getByRole('button', { name: 'Réessayer' }).click()
  await expect(page.getByRole('table', { name: /Course/ })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  expect(withoutFailuresOf(consoleErrors, 'sessions.json')).toEqual([])
  consoleErrors.length = 0
})
