import type { Lang } from './messages.ts'

/**
 * The one editor string the index page shows (its link to the folder view). Everything else of
 * the editor's view is in src/features/editor/i18n/messages.ts, loaded with that view only.
 */
const OPEN_FOLDER: Record<Lang, string> = {
  fr: "Ouvrir un dossier d'exports",
  en: 'Open an export folder',
}

export function openFolderLabel(lang: Lang): string {
  return OPEN_FOLDER[lang]
}
