import { useTranslator } from '../../../i18n/i18n.tsx'
import type { Vars } from '../../../i18n/translate.ts'
import { type LeagueMessageKey, leagueEn, leagueFr } from './messages.ts'

export type LeagueTranslate = (key: LeagueMessageKey, vars?: Vars) => string

const LEAGUE = { fr: leagueFr, en: leagueEn }

/** The league strings in the reader's language (the core I18nProvider's). */
export function useLeagueT(): LeagueTranslate {
  return useTranslator(LEAGUE)
}

/**
 * A season's name in the reader's words: the league API names them "Season 2025", which reads
 * "Saison 2025" in French; any other name is the league's own and stays as written.
 */
export function seasonName(name: string, lt: LeagueTranslate): string {
  const year = /^Season (\d{4})$/.exec(name.trim())?.[1]
  return year ? lt('seasonYear', { year }) : name
}

/** "Qualifications", "Course 1", "Course 2 · Feature": a race event as tabs and captions name it. */
export function eventLabel(
  event: { is_qualifier: boolean; race_number: number; name: string | null },
  lt: LeagueTranslate,
): string {
  if (event.is_qualifier) {
    return event.name && event.name !== lt('qualifying') ? event.name : lt('qualifying')
  }
  return event.name
    ? lt('raceNamed', { n: event.race_number, name: event.name })
    : lt('raceN', { n: event.race_number })
}
