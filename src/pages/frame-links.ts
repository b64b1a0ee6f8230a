import { staysInFrame } from '../calc/frame-views.ts'
import { hrefWith, useUrlParams } from './url-state.ts'

/**
 * In an iframe only race and season views are shown: a link to anything else (the index, a
 * league, the editors' folder view) opens the full page in a new tab. Returns that full page's
 * address, or null when the link stays in place.
 */
export function useFrameExit(to: Record<string, string | null>): string | null {
  const current = useUrlParams()
  if (current.get('embed') !== '1') return null
  const next = new URLSearchParams(current)
  for (const [key, value] of Object.entries(to)) {
    if (value == null || value === '') next.delete(key)
    else next.set(key, value)
  }
  if (staysInFrame(next)) return null
  return hrefWith({ ...to, embed: null }, current)
}
