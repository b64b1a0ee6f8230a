// Evaluated first, in this order: each ends its task (src/boot/), so that evaluating the entry is
// not one long task. Nothing here may be imported before them.
import './boot/libraries-ready.ts'
import './boot/race-schemas-ready.ts'
import './boot/season-schemas-ready.ts'
import { type DehydratedState, hydrate } from '@tanstack/react-query'
import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import {
  App,
  IndexPage,
  LeagueIndexContent,
  makeQueryClient,
  prefetchFirstView,
  SeasonPage,
} from './app.tsx'
import { asksForOtherPage } from './pages/boot-rules.ts'
import { nextTask } from './pages/next-task.ts'
import { preloadRaceViews } from './pages/race-page.tsx'
import { preloadPanels } from './pages/race-panel.tsx'
import { configureUrls, paramsOf } from './pages/url-state.ts'
import './styles/app.css'
import './styles/prerender.css'

/** A prerendered page's data block: the URL its HTML was made for and the data it was made from. */
interface PageData {
  href: string
  state: DehydratedState
}

function readPageData(): PageData | null {
  const block = document.getElementById('gp-page-data')
  if (!block?.textContent) return null
  try {
    const data = JSON.parse(block.textContent) as PageData
    return typeof data.href === 'string' && Array.isArray(data.state?.queries) ? data : null
  } catch {
    return null
  }
}

/** The code the prerendered view shows, loaded before hydrating so nothing suspends. */
function preloadView(params: URLSearchParams): Promise<unknown> {
  if (params.get('race')) return Promise.all([preloadPanels(params.get('tab')), preloadRaceViews()])
  if (params.get('season')) return SeasonPage.preload()
  return Promise.all([IndexPage.preload(), LeagueIndexContent.preload()])
}

/**
 * A prerendered page is hydrated with the data it was made from (no request for that view). The
 * same rule as public/boot.js: when the query asks for another view or language than the HTML
 * holds, the page is rendered in the browser (reusing the data when it is the same view).
 */
async function start(root: HTMLElement) {
  // Each step below in a task of its own (the app's modules were evaluated in this one).
  await nextTask()
  const client = makeQueryClient()
  const here = window.location.pathname + window.location.search
  const page = readPageData()
  const params = paramsOf(here)
  configureUrls({ serverHref: page?.href ?? here, pathForm: page !== null })
  if (page) {
    // The data came with the HTML: fresh as of now, so nothing refetches on mount.
    const now = Date.now()
    for (const query of page.state.queries) query.state.dataUpdatedAt = now
    hydrate(client, page.state)
    await nextTask()
  }
  if (!page || asksForOtherPage(new URLSearchParams(window.location.search))) {
    configureUrls({ serverHref: here, pathForm: page !== null })
    prefetchFirstView(client, params)
    createRoot(root).render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    )
    return
  }
  await preloadView(paramsOf(page.href)).catch(() => undefined)
  // The page's data and code are ready: hydration starts in a task of its own.
  await nextTask()
  // As a transition, hydration yields to the browser every few milliseconds instead of one long
  // task: the page, already painted, stays responsive (Lighthouse's TBT) while React attaches.
  startTransition(() => {
    hydrateRoot(
      root,
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    )
  })
}

const root = document.getElementById('root')
if (root) void start(root)
