import { useSyncExternalStore } from 'react'
import { THEME_KEY as KEY, themeClass } from './boot-rules.ts'

/** The reader's theme choice: follow the system (default), or force light or dark. */
export type Theme = 'auto' | 'light' | 'dark'

const CHANGE = 'gp-page:themechange'

/** The stored choice (public/boot.js reads the same key with the same rule: themeClass). */
export function storedTheme(): Theme {
  try {
    return themeClass(window.localStorage.getItem(KEY)) ?? 'auto'
  } catch {
    return 'auto'
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE, onChange)
  window.addEventListener('storage', onChange)
  return () => {
    window.removeEventListener(CHANGE, onChange)
    window.removeEventListener('storage', onChange)
  }
}

/**
 * A click: html.light / html.dark and the stored choice change together. On load public/boot.js
 * sets the class before the first paint, so React never touches it while hydrating.
 */
function apply(theme: Theme): void {
  const root = document.documentElement
  root.classList.toggle('light', theme === 'light')
  root.classList.toggle('dark', theme === 'dark')
  try {
    if (theme === 'auto') window.localStorage.removeItem(KEY)
    else window.localStorage.setItem(KEY, theme)
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  window.dispatchEvent(new Event(CHANGE))
}

const serverTheme = (): Theme => 'auto'

/** 'auto' on the server and while hydrating (the prerendered label), the stored choice right after. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  return [useSyncExternalStore(subscribe, storedTheme, serverTheme), apply]
}
