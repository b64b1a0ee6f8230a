import { createContext, type ReactNode, useContext, useMemo } from 'react'
import { en, fr, type Lang, type MessageKey } from './messages.ts'

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

export interface I18n {
  lang: Lang
  t: Translate
  /** Numbers in the reader's locale: 100,37 in French, 100.37 in English. */
  number: (value: number, decimals?: number) => string
  date: (isoDate: string) => string
}

export function makeI18n(lang: Lang): I18n {
  const messages = lang === 'en' ? en : fr
  const locale = lang === 'en' ? 'en-GB' : 'fr-FR'
  const formats = new Map<number, Intl.NumberFormat>()
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  return {
    lang,
    t: (key, vars) =>
      messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        vars && name in vars ? String(vars[name]) : whole,
      ),
    number: (value, decimals = 0) => {
      let format = formats.get(decimals)
      if (!format) {
        format = new Intl.NumberFormat(locale, {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        })
        formats.set(decimals, format)
      }
      return format.format(value)
    },
    date: (isoDate) => {
      const time = Date.parse(`${isoDate}T00:00:00Z`)
      return Number.isNaN(time) ? isoDate : dateFormat.format(time)
    },
  }
}

const I18nContext = createContext<I18n>(makeI18n('fr'))

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  return useContext(I18nContext)
}
