import { type ChartsMessageKey, chartsEn, chartsFr } from './charts-messages.ts'
import { useTranslator } from './i18n.tsx'
import type { Vars } from './translate.ts'

export type ChartsTranslate = (key: ChartsMessageKey, vars?: Vars) => string

const CHARTS = { fr: chartsFr, en: chartsEn }

/** The charts' strings in the reader's language (the core I18nProvider's). */
export function useChartsT(): ChartsTranslate {
  return useTranslator(CHARTS)
}
