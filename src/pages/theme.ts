import { useEffect, useState } from 'react'

/** The reader's theme choice: follow the system (default), or force light or dark. */
export type Theme = 'auto' | 'light' | 'dark'

const KEY = 'gp-page:theme'

function stored(): Theme {
  try {
    const value = window.localStorage.getItem(KEY)
    return value === 'light' || value === 'dark' ? value : 'auto'
  } catch {
    return 'auto'
  }
}

export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = useState<Theme>(stored)
  useEffect(() => {
    const root = document.documentElement
    root.classList.toggle('light', theme === 'light')
    root.classList.toggle('dark', theme === 'dark')
    try {
      if (theme === 'auto') window.localStorage.removeItem(KEY)
      else window.localStorage.setItem(KEY, theme)
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, [theme])
  return [theme, setTheme]
}
