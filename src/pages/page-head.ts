import type { SessionsFile } from '../calc/export-types.ts'
import type { Translate } from '../i18n/i18n.tsx'
import { sessionLabel } from '../i18n/session-label.ts'

export interface PageHead {
  title: string
  description: string
}

/** A race tab's <title> and meta description (the prerendered page's, in its language). */
export function raceHead(file: SessionsFile, tab: string, t: Translate): PageHead {
  const vars = { gp: file.meta.gp_name, year: file.meta.year, tab: sessionLabel(tab, t) }
  return { title: t('pageTitleRace', vars), description: t('pageDescriptionRace', vars) }
}

export function seasonHead(year: string, t: Translate): PageHead {
  return {
    title: t('pageTitleSeason', { year }),
    description: t('pageDescriptionSeason', { year }),
  }
}
