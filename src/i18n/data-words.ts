import { useEffect, useSyncExternalStore } from 'react'
import type { Lang } from './messages.ts'

/**
 * The French words of the exports' English data (retirement reasons, countries): tables of
 * their own chunk, out of the first bundle. Loaded before a prerendered race page renders or
 * hydrates (preloadRaceViews, entry-server's preloadAll), so both render the same words; a page
 * rendered in the browser asks for them at once and shows them as they arrive. English needs no
 * table: F1DB's own words are shown.
 */
interface DataWords {
  retirementWords: typeof import('./retirement-words.ts').retirementWords
  countryWords: typeof import('./country-words.ts').countryWords
}

let loaded: DataWords | null = null
let loading: Promise<DataWords> | null = null
const listeners = new Set<() => void>()

export function loadDataWords(): Promise<DataWords> {
  loading ??= Promise.all([import('./retirement-words.ts'), import('./country-words.ts')]).then(
    ([reasons, countries]) => {
      loaded = { retirementWords: reasons.retirementWords, countryWords: countries.countryWords }
      for (const listener of listeners) listener()
      return loaded
    },
    (error: unknown) => {
      loading = null // offline or a new deploy: the next page tries again
      throw error
    },
  )
  return loading
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const AS_WRITTEN: DataWords = {
  retirementWords: (reason) => ({ text: reason.trim(), known: true }),
  countryWords: (country) => country,
}

/** The data-word functions in the reader's language (F1DB's words until the tables are here). */
export function useDataWords(lang: Lang): DataWords {
  const words = useSyncExternalStore(
    subscribe,
    () => loaded,
    () => loaded,
  )
  useEffect(() => {
    if (lang === 'fr' && !loaded) void loadDataWords().catch(() => undefined)
  }, [lang])
  return lang === 'fr' && words ? words : AS_WRITTEN
}
