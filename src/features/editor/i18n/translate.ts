import { useTranslator } from '../../../i18n/i18n.tsx'
import type { Vars } from '../../../i18n/translate.ts'
import { type EditorMessageKey, editorEn, editorFr } from './messages.ts'

export type EditorTranslate = (key: EditorMessageKey, vars?: Vars) => string

const EDITOR = { fr: editorFr, en: editorEn }

/** The editor strings in the reader's language (the core I18nProvider's). */
export function useEditorT(): EditorTranslate {
  return useTranslator(EDITOR)
}
