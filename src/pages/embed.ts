import { useEffect } from 'react'
import { isAllowedOrigin, parseNavigateMessage, parseOriginList } from '../calc/embed-protocol.ts'
import { navigate } from './url-state.ts'

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

/** In embed mode: report the content height to an allow-listed parent, accept navigation from one. */
export function useEmbedProtocol(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return
    const allowList = embedAllowList()
    const target = parentOrigin()
    let last = -1
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
      if (height === last || !target || !isAllowedOrigin(target, allowList)) return
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
}
