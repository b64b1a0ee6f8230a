import { useState } from 'react'
import type { RaceIndexFile } from '../../calc/export-types.ts'
import { searchRaces, seasonRaces } from '../../calc/race-search.ts'
import { historyMessages } from '../../i18n/history-messages.ts'
import { useI18n, useTranslator } from '../../i18n/i18n.tsx'
import type { LinkComponent } from '../link-component.ts'
import '../../styles/race-finder.css'
import { RaceCards } from './race-cards.tsx'
import { SeasonPicker } from './season-picker.tsx'

interface RaceFinderProps {
  index: RaceIndexFile
  /** The season shown (the page reads it from the URL; the newest when absent or unknown). */
  year: number | null
  onPickYear: (year: number) => void
  Link: LinkComponent
  reset: Record<string, string | null>
}

/**
 * The index at the scale of the whole history (1,172 races): one season at a time (the newest
 * first, any other one step away) and a search that filters as one types. The count of matches
 * is announced (aria-live); the list is a pure function of races/index.json and the two inputs.
 */
export function RaceFinder({ index, Link, reset, onPickYear, ...props }: RaceFinderProps) {
  const { t } = useI18n()
  const h = useTranslator(historyMessages)
  const years = index.races.map((race) => race.year)
  const year = props.year !== null && years.includes(props.year) ? props.year : Math.max(...years)
  const [query, setQuery] = useState('')
  const found = query.trim() === '' ? null : searchRaces(index.races, query)
  return (
    <>
      <div className="race-finder">
        <SeasonPicker races={index.races} year={year} onPick={onPickYear} />
        <p className="race-search">
          <label htmlFor="race-search">{h('searchRaces')}</label>
          <input
            id="race-search"
            className="field"
            type="search"
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </p>
        <p className="race-search-count" aria-live="polite">
          {found && h('searchCount', { n: found.length })}
        </p>
      </div>
      {found ? (
        <RaceCards races={found} withYear Link={Link} reset={reset} />
      ) : (
        <section className="season-races" aria-labelledby={`season-${year}`}>
          <h2 id={`season-${year}`}>
            {t('season')} {year}{' '}
            {index.championships?.includes(year) && (
              <Link to={{ ...reset, season: String(year) }} className="season-link">
                {t('viewChampionship', { year })}
              </Link>
            )}
          </h2>
          <RaceCards races={seasonRaces(index.races, year)} Link={Link} reset={reset} />
        </section>
      )}
    </>
  )
}
