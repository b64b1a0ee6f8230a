import type { SessionsFile } from '../calc/export-types.ts'
import type { Translate } from '../i18n/i18n.tsx'
import { sessionLabel } from '../i18n/session-label.ts'

export interface PageHead {
  title: string
  description: string
}

/**
 * Every view's <title> and meta description, in the reader's language: written into the HTML by
 * the prerender (entry-server.tsx) and set in the browser by DocumentHead, from these functions.
 */
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

/** A view named by its parts ("GT Masters", "Manche 1"): "GT Masters — Manche 1 — gp-page". */
export function namedHead(parts: readonly string[], description: string): PageHead {
  return { title: [...parts, 'gp-page'].join(' — '), description }
}
