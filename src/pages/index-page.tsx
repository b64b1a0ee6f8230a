import { useQuery } from '@tanstack/react-query'
import { type FormEvent, type ReactNode, useState } from 'react'
import type { RaceIndexEntry } from '../calc/export-types.ts'
import { FileProblem } from '../components/file-problem.tsx'
import { TablePlaceholder } from '../components/table-placeholder.tsx'
import { openFolderLabel } from '../i18n/editor-entry.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { raceIndexQuery } from '../loaders/race-queries.ts'
import { useDataSource } from './data-source.ts'
import { Link, VIEW_RESET } from './link.tsx'
import { navigate } from './url-state.ts'

function bySeason(races: RaceIndexEntry[]): Array<[number, RaceIndexEntry[]]> {
  const seasons = new Map<number, RaceIndexEntry[]>()
  for (const race of [...races].sort((a, b) => b.year - a.year || a.round - b.round)) {
    const list = seasons.get(race.year) ?? []
    list.push(race)
    seasons.set(race.year, list)
  }
  return [...seasons.entries()]
}

/** `/`: the races of races/index.json by season (newest first) and a box to open a race id. */
/** `leagues`: the league list, given by app.tsx (the league is a feature this page does not know). */
export function IndexPage({ leagues }: { leagues: ReactNode }) {
  const { t, date, lang } = useI18n()
  const source = useDataSource()
  const index = useQuery(raceIndexQuery(source))
  const [raceId, setRaceId] = useState('')
  const open = (event: FormEvent) => {
    event.preventDefault()
    const id = raceId.trim()
    if (id) navigate({ ...VIEW_RESET, race: id })
  }
  return (
    <section className="index">
      <h1>{t('indexTitle')}</h1>
      <form className="open-race" onSubmit={open}>
        <label htmlFor="race-id">{t('raceIdLabel')}</label>
        <input
          id="race-id"
          inputMode="numeric"
          value={raceId}
          onChange={(event) => setRaceId(event.target.value)}
        />
        <button type="submit">{t('open')}</button>
      </form>
      <p>
        <Link to={{ ...VIEW_RESET, local: '1' }}>{openFolderLabel(lang)}</Link>
      </p>
      {index.isPending && <TablePlaceholder rows={8} />}
      {index.isError && <FileProblem error={index.error} onRetry={() => void index.refetch()} />}
      {index.data === null && <p className="note">{t('noIndex')}</p>}
      {index.data &&
        bySeason(index.data.races).map(([year, races]) => (
          <section key={year} className="season-races" aria-labelledby={`season-${year}`}>
            <h2 id={`season-${year}`}>
              {t('season')} {year}{' '}
              {index.data?.championships?.includes(year) && (
                <Link to={{ ...VIEW_RESET, season: String(year) }} className="season-link">
                  {t('viewChampionship', { year })}
                </Link>
              )}
            </h2>
            <ol className="race-list">
              {races.map((race) => (
                <li key={race.race_id}>
                  <Link to={{ ...VIEW_RESET, race: String(race.race_id) }}>
                    <span className="race-round">{race.round}</span>
                    <span className="race-name">{race.gp_name}</span>
                    <span className="race-where">
                      {race.circuit} · {date(race.date)}
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          </section>
        ))}
      {leagues}
    </section>
  )
}
