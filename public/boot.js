// Runs before the first paint: a classic script in <head>, allowed by script-src 'self' (no inline
// script, no hash to keep in step). It sets what the prerendered HTML cannot know:
// - html.light / html.dark: the reader's stored theme choice (src/pages/theme.ts writes it);
// - html.embed: `?embed=1` (compact, no header or footer) from the first paint;
// - html.gp-pending: the URL asks for another view or language than the prerendered HTML holds,
//   so #root stays hidden until the app renders that one (src/main.tsx, same rule).
// The rules (keys, params, defaults) are src/pages/boot-rules.ts's, repeated here because a
// classic script cannot import; tests/pages/boot-rules.test.ts runs this file against them.
;(() => {
  const html = document.documentElement
  try {
    const theme = localStorage.getItem('gp-page:theme')
    if (theme === 'light' || theme === 'dark') html.classList.add(theme)
  } catch {}
  const query = new URLSearchParams(location.search)
  if (query.get('embed') === '1') html.classList.add('embed')
  if (!document.querySelector('meta[name="gp-page:prerendered"]')) return
  // A prerendered page names its entry in <meta name="gp-page:entry">: it is requested and run
  // once the browser reports the first contentful paint of the parsed HTML, so a phone shows the
  // table before 100 KB of script download and run (LCP = FCP; docs/performance.md). A hidden
  // tab paints nothing until shown, and an old browser reports no paint: a timer stands in.
  let started = false
  const start = () => {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start, { once: true })
      return
    }
    const entry = document.querySelector('meta[name="gp-page:entry"]')
    if (started || !entry) return
    started = true

    // Leaving the page aborts the download: not an error worth a console line then.
    import(new URL(entry.content, location.href).href).catch((error) => {
      if (!leaving) throw error
    })
    // The chunks the entry imports and the view's lazy ones, downloaded beside it: without this
    // each is asked for only once the chunk that imports it has arrived. One link per task: each
    // costs the main thread several milliseconds (more on a slow phone).
    const preload = document.querySelector('meta[name="gp-page:preload"]')
    const hrefs = preload ? preload.content.split(' ').filter(Boolean) : []
    const next = () => {
      const href = hrefs.shift()
      if (!href) return
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      document.head.append(link)
      setTimeout(next, 0)
    }
    next()
  }
  let leaving = false
  addEventListener('pagehide', () => {
    leaving = true
  })
  const otherView = ['race', 'tab', 'season', 'league', 'local'].some((key) => query.has(key))
  // Only "en" is another language: any other value reads as French (parseLang), as in the HTML.
  const otherLang = query.get('lang') === 'en'
  if (otherView || otherLang) {
    // The prerendered HTML is not what this URL shows: it stays hidden and nothing paints until
    // the app renders, so the entry is run at once rather than after a first paint.
    html.classList.add('gp-pending')
    start()
    return
  }
  try {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return
      observer.disconnect()
      setTimeout(start, 0)
    }).observe({ type: 'paint', buffered: true })
  } catch {}
  setTimeout(start, document.visibilityState === 'hidden' ? 0 : 3000)
})()
