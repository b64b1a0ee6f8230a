/**
 * Fills the app's shell (dist/app.html) with one prerendered page: its URL (the meta public/boot.js
 * and main.tsx read), title and description, the modules its lazy views need, the markup and the
 * data it was made from. A pure string function (tests/scripts/page-html.test.ts).
 */
export interface PageParts {
  href: string
  title: string
  description: string
  modulePreloads: readonly string[]
  markup: string
  /** The dehydrated state, serialised by pageDataJson. */
  data: string
  /**
   * The entry waits for the first paint (race pages: their LCP). The index and season pages keep
   * the module script: their controls (season picker, search) must answer as soon as possible.
   */
  deferEntry?: boolean
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/**
 * JSON made safe for a <script type="application/json"> block: "<" escaped as \u003c so no value
 * (a driver's name) can close it, and the two line separators JavaScript once refused. A data
 * block is never executed (CSP unchanged).
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** The data block's JSON: the page's URL and its dehydrated state. */
export function pageDataJson(href: string, state: unknown): string {
  return pageDataJsonWith(href, scriptJson(state))
}

/**
 * The same text from a state already serialised by scriptJson: the tabs of a race share their
 * state, which the prerender step serialises once per race, not once per page.
 */
export function pageDataJsonWith(href: string, stateJson: string): string {
  return `{"href":${scriptJson(href)},"state":${stateJson}}`
}

function replaceOnce(html: string, find: RegExp | string, by: string): string {
  if (typeof find === 'string' ? !html.includes(find) : !find.test(html)) {
    throw new Error(`app.html has no ${String(find)}: is it the built shell?`)
  }
  return html.replace(find, () => by)
}

/**
 * Vite's module scripts in the shell (each src a hashed /assets/ path, never data): the entry,
 * last, and before it the bundler's runtime chunk, which the entry imports anyway (Rolldown
 * splits it out when the entry has top-level awaits, src/boot/).
 */
const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g

/** The shell's module scripts, in order: the entry is the last one. */
export function moduleScripts(shell: string): string[] {
  return [...shell.matchAll(MODULE_SCRIPT)].map((match) => match[1] ?? '')
}

export function pageHtml(shell: string, page: PageParts): string {
  let html = replaceOnce(
    shell,
    /<meta charset="UTF-8" \/>/,
    `<meta charset="UTF-8" />\n    <meta name="gp-page:prerendered" content="${escapeHtml(page.href)}" />`,
  )
  // An empty title or description keeps the shell's (the index page).
  if (page.title) {
    html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
  }
  if (page.description) {
    html = replaceOnce(
      html,
      /<meta name="description" content="[^"]*" \/>/,
      `<meta name="description" content="${escapeHtml(page.description)}" />`,
    )
  }
  // The entry is requested and run by public/boot.js once the page is painted: the HTML is
  // complete, and 100 KB of script downloading beside the stylesheet (slow 4G shares the link)
  // and running before the paint only delayed it (docs/performance.md, LCP = FCP).
  const entry = moduleScripts(html).at(-1)
  if (!entry) throw new Error('app.html has no entry script: is it the built shell?')
  if (page.deferEntry) {
    // Every module script goes: boot.js imports the entry after the first paint. What it needs
    // right after (the bundler's runtime, the view's lazy chunks) is listed for boot.js to
    // preload at that moment too: <link rel="modulepreload"> in the HTML would download before
    // the paint and delay it, and without a preload each chunk's imports are a round trip more.
    const preloads = [...moduleScripts(html).slice(0, -1), ...page.modulePreloads]
    html = html.replace(MODULE_SCRIPT, '')
    const meta = [
      `<meta name="gp-page:entry" content="${escapeHtml(entry)}" />`,
      `<meta name="gp-page:preload" content="${escapeHtml([...new Set(preloads)].join(' '))}" />`,
    ]
    html = replaceOnce(html, '</head>', `  ${meta.join('\n    ')}\n  </head>`)
  } else {
    const links = page.modulePreloads
      .map((href) => `\n    <link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`)
      .join('')
    html = replaceOnce(html, '</head>', `${links}\n  </head>`)
  }
  return replaceOnce(
    html,
    '<div id="root"></div>',
    `<div id="root">${page.markup}</div>\n    <script type="application/json" id="gp-page-data">${page.data}</script>`,
  )
}

/** Guards against a page that would not hydrate cleanly (plan §7.3). */
export function pageProblem(markup: string): string | null {
  if (markup.includes('<!--$!-->')) return 'a Suspense boundary suspended on the server'
  if (/\sstyle="/.test(markup)) return 'an inline style attribute (blocked by the CSP)'
  return null
}
