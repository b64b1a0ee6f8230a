import { historyMessages } from '../i18n/history-messages.ts'
import type { Lang } from '../i18n/messages.ts'
import { translator } from '../i18n/translate.ts'
import type { PageHead } from './page-head.ts'

/** The index page's title and description (its strings are in the index's lazy catalog). */
export function indexHead(lang: Lang): PageHead {
  const h = translator(historyMessages[lang], lang)
  return { title: h('pageTitleIndex'), description: h('pageDescriptionIndex') }
}
