/**
 * Screenshots for looking at the page as a reader would: phone (390×844) and desktop (1280×800),
 * French and English, light and dark. Needs a server running (npm start) and Debian's Chromium.
 *
 *   tsx scripts/screenshots.ts [base-url] [out-dir] [path ...]
 */
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts'

const [base = 'http://127.0.0.1:4173', out = 'screenshots', ...paths] = process.argv.slice(2)
const targets = paths.length > 0 ? paths : ['/?race=1101&tab=RACE']
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
]

mkdirSync(out, { recursive: true })
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
})
for (const target of targets) {
  for (const viewport of viewports) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const lang of ['fr', 'en']) {
        const page = await browser.newPage({ viewport, colorScheme: scheme })
        const url = `${base}${target}${target.includes('?') ? '&' : '?'}lang=${lang}`
        await page.goto(url)
        await page.waitForLoadState('networkidle')
        const slug = target.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'index'
        const file = `${out}/${slug}-${viewport.name}-${scheme}-${lang}.png`
        await page.screenshot({ path: file, fullPage: false })
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth > window.innerWidth,
        )
        console.log(`${file}${overflow ? '  (horizontal overflow!)' : ''}`)
        await page.close()
      }
    }
  }
}
await browser.close()
