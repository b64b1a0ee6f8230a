import { useEffect } from 'react'
import {
  isAllowedOrigin,
  navigatedMessage,
  parseNavigateMessage,
  parseOriginList,
} from '../calc/embed-protocol.ts'
import { navigate, useUrlParams } from './url-state.ts'

/**
 * Origins allowed to embed the page (build-time setting VITE_EMBED_ORIGINS, comma-separated).
 * The app's own origin is always allowed, so public/embed-demo.html works where the app is served.
 */
export function embedAllowList(): string[] {
  return [window.location.origin, ...parseOriginList(import.meta.env.VITE_EMBED_ORIGINS)]
}

/** The embedding page's origin, as the browser reports it (never guessed from data). */
function parentOrigin(): string | null {
  const ancestors = window.location.ancestorOrigins
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? null
  try {
    return document.referrer ? new URL(document.referrer).origin : null
  } catch {
    return null
  }
}

/** The parent's origin when it is allow-listed: the only target a message is ever posted to. */
function allowedParent(): string | null {
  if (window.parent === window) return null
  const target = parentOrigin()
  return target && isAllowedOrigin(target, embedAllowList()) ? target : null
}

/** The absolute URL of the app's base (Vite's `base`), the root of every canonical URL. */
function appBase(): string {
  return new URL(import.meta.env.BASE_URL ?? '/', window.location.origin).href
}

/** The view's title as the reader sees it: the page's main heading, once it is there. */
function viewTitle(): string {
  return document.querySelector('main h1')?.textContent ?? ''
}

/**
 * In embed mode: report the content height to an allow-listed parent, accept navigation from one,
 * and tell it where the frame is after every navigation (and again when the view's title arrives
 * with its data), so the host can follow: its address bar, title, breadcrumb.
 */
export function useEmbedProtocol(enabled: boolean, raceSeason?: number): void {
  const search = useUrlParams().toString()
  useEffect(() => {
    if (!enabled || window.parent === window) return
    const allowList = embedAllowList()
    const target = allowedParent()
    let last = -1
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
      if (height === last || !target) return
      last = height
      window.parent.postMessage({ type: 'gp-page:height', height }, target)
    }
    const observer = new ResizeObserver(post)
    observer.observe(document.documentElement)
    post()
    const onMessage = (event: MessageEvent) => {
      if (!isAllowedOrigin(event.origin, allowList)) return
      const message = parseNavigateMessage(event.data)
      if (message) navigate({ race: message.race, tab: message.tab, sort: null })
    }
    window.addEventListener('message', onMessage)
    return () => {
      observer.disconnect()
      window.removeEventListener('message', onMessage)
    }
  }, [enabled])

  useEffect(() => {
    if (!enabled) return
    const target = allowedParent()
    if (!target) return
    let last = ''
    const tell = () => {
      const params = new URLSearchParams(search)
      const message = navigatedMessage(params, appBase(), viewTitle(), raceSeason)
      const key = JSON.stringify(message)
      if (key === last) return
      last = key
      window.parent.postMessage(message, target)
    }
    tell()
    // The heading comes with the view's data, after the navigation itself.
    const observer = new MutationObserver(tell)
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [enabled, search, raceSeason])
}
