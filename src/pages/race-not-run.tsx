import { useQuery } from '@tanstack/react-query'
import type { RaceMeta } from '../calc/export-types.ts'
import { RaceHeader } from '../components/race-header.tsx'
import { useDataWords } from '../i18n/data-words.ts'
import { useI18n, useTranslator } from '../i18n/i18n.tsx'
import { raceNavQuery } from '../loaders/race-page-queries.ts'
import { useDataSource } from './data-source.ts'
import { RaceNav } from './race-nav.tsx'

// Its strings live here, in its own chunk: the first page load does not carry them.
const notRunMessages = {
  fr: {
    raceNotRun: 'Course pas encore disputée',
    raceNotRunWhen: 'Prévue le {date} sur le circuit {circuit} ({country}).',
    raceNotRunNext: 'Résultats, grille et tours paraîtront ici une fois la course disputée.',
  },
  en: {
    raceNotRun: 'Race not run yet',
    raceNotRunWhen: 'Scheduled on {date} at {circuit} ({country}).',
    raceNotRunNext: 'Results, grid and laps will appear here once the race has been run.',
  },
} as const

/**
 * A race not run yet (meta.status "scheduled", no sessions): said plainly with what is known
 * (the header: circuit, date, round, planned laps), and its season's other races around it,
 * instead of empty tabs. Rare, so a chunk of its own.
 */
export function RaceNotRunPage({ meta }: { meta: RaceMeta }) {
  const { date, lang } = useI18n()
  const { countryWords } = useDataWords(lang)
  const t = useTranslator(notRunMessages)
  const nav = useQuery(raceNavQuery(useDataSource(), String(meta.race_id)))
  return (
    <article className="race">
      <RaceHeader meta={meta} />
      <RaceNav
        previous={nav.data?.previous ?? null}
        next={nav.data?.next ?? null}
        year={meta.year}
        hasChampionship={nav.data?.championships?.includes(meta.year) ?? false}
        tab={null}
      />
      <section className="race-not-run" aria-labelledby="race-not-run">
        <h2 id="race-not-run">{t('raceNotRun')}</h2>
        <p>
          {t('raceNotRunWhen', {
            date: date(meta.date),
            circuit: meta.circuit,
            country: countryWords(meta.country, lang),
          })}
        </p>
        <p className="note">{t('raceNotRunNext')}</p>
      </section>
    </article>
  )
}
