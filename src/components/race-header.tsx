import { memo } from 'react'
import type { RaceMeta } from '../calc/export-types.ts'
import { useDataWords } from '../i18n/data-words.ts'
import { useI18n } from '../i18n/i18n.tsx'

/**
 * GP name, then circuit, country, date, round, laps and weather when known.
 * Memoised: the race page re-renders when a lookup or the lap chart's probe answers.
 */
export const RaceHeader = memo(function RaceHeader({ meta }: { meta: RaceMeta }) {
  const { t, date, lang } = useI18n()
  const { countryWords } = useDataWords(lang)
  const facts = [
    `${meta.circuit}, ${countryWords(meta.country, lang)}`,
    date(meta.date),
    t('round', { round: meta.round }),
    meta.laps_total != null ? t('laps', { laps: meta.laps_total }) : null,
    meta.weather ? t('weatherIs', { weather: meta.weather }) : null,
  ].filter((fact): fact is string => fact != null)
  return (
    <header className="race-header">
      <h1>
        {meta.gp_name} {meta.year}
      </h1>
      <p className="race-facts">
        {facts.map((fact, index) => (
          <span key={fact}>
            {index > 0 && <span aria-hidden="true"> · </span>}
            {fact}
          </span>
        ))}
      </p>
    </header>
  )
})
