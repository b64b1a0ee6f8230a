import { useTranslator } from './i18n.tsx'
import type { Vars } from './translate.ts'

/**
 * Issue 14's strings for the lazy parts of the race page (the weekend header, the standings
 * after a round): kept out of the core catalog, which the first page load carries.
 */
const weekendFr = {
  standingsAfter: 'Classement après la manche {round} ({gp})',
  standingsAsOf: 'Classement au {date}',
  standingsAsOfNote:
    'Pas de classement manche par manche (rounds.json) : voici le classement du fichier de la saison, à sa date, et non celui d’après cette course.',
  rankUp: '{n, plural, one {gagne # place} other {gagne # places}}',
  rankDown: '{n, plural, one {perd # place} other {perd # places}}',
  rankSame: 'même rang',
  rankNew: 'nouveau',
  weekend: 'Le week-end',
  winner: 'Vainqueur',
  pole: 'Pole',
  fastestLap: 'Meilleur tour',
  fastestLapOn: '{time}, tour {lap}',
  podium: 'Podium',
  lapsLed: 'Tours en tête',
  lapsLedCount: '{n, plural, one {# tour} other {# tours}}',
  lapRange: 'tours {from} à {to}',
  lapSingle: 'tour {from}',
} as const

export type WeekendMessageKey = keyof typeof weekendFr

const weekendEn: Record<WeekendMessageKey, string> = {
  standingsAfter: 'Standings after round {round} ({gp})',
  standingsAsOf: 'Standings as of {date}',
  standingsAsOfNote:
    'No round-by-round standings (rounds.json): these are the season file’s standings at its date, not those after this race.',
  rankUp: '{n, plural, one {up # place} other {up # places}}',
  rankDown: '{n, plural, one {down # place} other {down # places}}',
  rankSame: 'same rank',
  rankNew: 'new',
  weekend: 'The weekend',
  winner: 'Winner',
  pole: 'Pole',
  fastestLap: 'Fastest lap',
  fastestLapOn: '{time}, lap {lap}',
  podium: 'Podium',
  lapsLed: 'Laps led',
  lapsLedCount: '{n, plural, one {# lap} other {# laps}}',
  lapRange: 'laps {from}–{to}',
  lapSingle: 'lap {from}',
}

const WEEKEND = { fr: weekendFr, en: weekendEn }

/** The weekend strings in the reader's language. */
export function useWeekendT(): (key: WeekendMessageKey, vars?: Vars) => string {
  return useTranslator(WEEKEND)
}
