import { useMemo } from 'react'
import { useI18n } from '../../../i18n/i18n.tsx'
import type { Lang } from '../../../i18n/messages.ts'
import { type EditorMessageKey, editorEn, editorFr } from './messages.ts'

export type EditorTranslate = (
  key: EditorMessageKey,
  vars?: Record<string, string | number>,
) => string

/**
 * The editor strings in a language: `{var}` is the value, `{var:one/other}` the word that agrees
 * with it (the language's plural rules: "0 erreur", "0 errors", "2 fichiers").
 */
export function makeEditorT(lang: Lang): EditorTranslate {
  const messages = lang === 'en' ? editorEn : editorFr
  const plurals = new Intl.PluralRules(lang)
  return (key, vars) =>
    messages[key].replace(
      /\{(\w+)(?::([^/}]*)\/([^}]*))?\}/g,
      (whole, name: string, one: string | undefined, other: string | undefined) => {
        if (!vars || !(name in vars)) return whole
        const value = vars[name]
        if (one === undefined || other === undefined) return String(value)
        return plurals.select(Number(value)) === 'one' ? one : other
      },
    )
}

/** The editor strings in the reader's language (the core I18nProvider's). */
export function useEditorT(): EditorTranslate {
  const { lang } = useI18n()
  return useMemo(() => makeEditorT(lang), [lang])
}
