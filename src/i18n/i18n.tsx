import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react'
import { formatDate, formatNumber } from './format.ts'
import { fr, type Lang, type MessageKey, type Messages, parseLang } from './messages.ts'
import { translator, type Vars } from './translate.ts'

export type Translate = (key: MessageKey, vars?: Vars) => string

export interface I18n {
  lang: Lang
  t: Translate
  /** Numbers in the reader's locale: 100,37 in French, 100.37 in English. */
  number: (value: number, decimals?: number) => string
  date: (isoDate: string) => string
}

/**
 * French is in the first bundle; English is a chunk of its own (about 2 KB gzip that French
 * readers, the default, never download), fetched the first time a page asks for it.
 */
const loaded: Partial<Record<Lang, Messages>> = { fr }
let english: Promise<Messages> | null = null

export function loadMessages(lang: Lang): Promise<Messages> {
  const ready = loaded[lang]
  if (ready) return Promise.resolve(ready)
  english ??= import('./messages-en.ts').then(
    (module) => {
      loaded.en = module.en
      return module.en
    },
    (error: unknown) => {
      english = null // offline or a new deploy: the next render tries again
      throw error
    },
  )
  return english
}

// A link shared in English asks for its strings as the entry runs, before React renders.
if (typeof location !== 'undefined') {
  const lang = parseLang(new URLSearchParams(location.search).get('lang'))
  if (lang !== 'fr') void loadMessages(lang).catch(() => undefined)
}
// Outside the production build (tests, dev server) there is no download to save: both languages
// are there from the start, so a component renders in English at once.
if (!import.meta.env.PROD) await loadMessages('en')

export function makeI18n(lang: Lang, messages: Messages = loaded[lang] ?? fr): I18n {
  return {
    lang,
    t: translator(messages, lang),
    number: (value, decimals = 0) => formatNumber(value, decimals, lang),
    date: (isoDate) => formatDate(isoDate, lang),
  }
}

const I18nContext = createContext<I18n>(makeI18n('fr'))

/**
 * While another language's strings load, the page stays in the language it shows (a first visit
 * in English renders once they are here: one small request). If they cannot load, French.
 */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [, setLoadedLang] = useState<Lang | null>(null)
  const [failed, setFailed] = useState(false)
  const messages = loaded[lang]
  const value = useMemo(() => (messages ? makeI18n(lang, messages) : null), [lang, messages])
  const [shown, setShown] = useState(value)
  if (value && value !== shown) setShown(value)
  useEffect(() => {
    if (messages) return
    let live = true
    setFailed(false)
    loadMessages(lang).then(
      () => live && setLoadedLang(lang),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [lang, messages])
  const current = value ?? shown ?? (failed ? makeI18n('fr') : null)
  if (!current) return null
  return <I18nContext.Provider value={current}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  return useContext(I18nContext)
}

/** A feature's catalog (fr and en) through the one translator, in the reader's language. */
export function useTranslator<Key extends string>(
  catalogs: Readonly<Record<Lang, Readonly<Record<Key, string>>>>,
): (key: Key, vars?: Vars) => string {
  const { lang } = useI18n()
  return useMemo(() => translator(catalogs[lang], lang), [catalogs, lang])
}
