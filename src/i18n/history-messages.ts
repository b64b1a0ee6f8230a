import type { Lang } from './messages.ts'

/**
 * Issue 13's strings for views that load lazily (the index's season picker and search): a catalog of their own, kept out of the first page load.
 */
const historyFr = {
  seasonPick: 'Saison',
  searchRaces: 'Rechercher un Grand Prix, un circuit, un pays ou une année',
  searchCount: '{n, plural, one {# Grand Prix trouvé} other {# Grands Prix trouvés}}',
  upcoming: 'à venir',
  // — 15: the index page's title and description —
  pageTitleIndex: 'Grands Prix — gp-page',
  pageDescriptionIndex:
    'Résultats des Grands Prix : essais, qualifications, grille, course, meilleur tour, PerfTime, résumé et championnat.',
} as const

const historyEn: Record<keyof typeof historyFr, string> = {
  seasonPick: 'Season',
  searchRaces: 'Search a Grand Prix, circuit, country or year',
  searchCount: '{n, plural, one {# Grand Prix found} other {# Grands Prix found}}',
  upcoming: 'upcoming',
  // — 15: the index page's title and description —
  pageTitleIndex: 'Grands Prix — gp-page',
  pageDescriptionIndex:
    'Grand Prix results: practice, qualifying, grid, race, fastest lap, PerfTime, summary and championship.',
}

export const historyMessages: Record<Lang, Record<keyof typeof historyFr, string>> = {
  fr: historyFr,
  en: historyEn,
}
