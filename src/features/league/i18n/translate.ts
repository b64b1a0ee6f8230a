import { useMemo } from 'react'
import { useI18n } from '../../../i18n/i18n.tsx'
import type { Lang } from '../../../i18n/messages.ts'
import { type LeagueMessageKey, leagueEn, leagueFr } from './messages.ts'

export type LeagueTranslate = (
  key: LeagueMessageKey,
  vars?: Record<string, string | number>,
) => string

/** The league strings in a language, with the core i18n's {var} substitution. */
export function makeLeagueT(lang: Lang): LeagueTranslate {
  const messages = lang === 'en' ? leagueEn : leagueFr
  return (key, vars) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    )
}

/** The league strings in the reader's language (the core I18nProvider's). */
export function useLeagueT(): LeagueTranslate {
  const { lang } = useI18n()
  return useMemo(() => makeLeagueT(lang), [lang])
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
