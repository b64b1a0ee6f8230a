import { useMemo } from 'react'
import { type EditorMessageKey, editorEn, editorFr } from './editor-messages.ts'
import { useI18n } from './i18n.tsx'
import type { Lang } from './messages.ts'

export type EditorTranslate = (
  key: EditorMessageKey,
  vars?: Record<string, string | number>,
) => string

/** The editor strings in a language, with the core i18n's {var} substitution. */
export function makeEditorT(lang: Lang): EditorTranslate {
  const messages = lang === 'en' ? editorEn : editorFr
  return (key, vars) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    )
}

/** The editor strings in the reader's language (the core I18nProvider's). */
export function useEditorT(): EditorTranslate {
  const { lang } = useI18n()
  return useMemo(() => makeEditorT(lang), [lang])
}
