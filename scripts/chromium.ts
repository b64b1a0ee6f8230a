/**
 * Debian's Chromium, as every browser run of the project launches it (Playwright cannot download
 * its own browsers on these machines): the e2e config, the benchmark, Lighthouse, screenshots.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Without the background-networking flags Chromium floods the closed network with retries. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
