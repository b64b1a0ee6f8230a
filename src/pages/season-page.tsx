import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { ChampionshipPanel } from '../components/championship-panel.tsx'
import { FileProblem } from '../components/file-problem.tsx'
import { TablePlaceholder } from '../components/table-placeholder.tsx'
import { useI18n } from '../i18n/i18n.tsx'
import { championshipQuery, raceIndexQuery } from '../loaders/race-queries.ts'
import { AfterHydration } from './after-hydration.ts'
import { useDataSource } from './data-source.ts'
import { DocumentHead } from './document-head.tsx'
import { Link, VIEW_RESET } from './link.tsx'
import { NotFound } from './not-found.tsx'
import { seasonHead } from './page-head.ts'
import { useSortParam } from './use-sort-param.ts'

// The matrix and the points charts: their own chunk, after the standings (issue 16).
const SeasonCharts = lazy(() =>
  import('./season-charts.tsx').then(
    (module) => ({ default: module.SeasonCharts }),
    () => ({ default: () => null }),
  ),
)

/** `?season=<year>`: drivers' and constructors' standings, and that season's races. */
export function SeasonPage({ year, params }: { year: string; params: URLSearchParams }) {
  const { t } = useI18n()
  const source = useDataSource()
  const championship = useQuery(championshipQuery(source, year))
  const index = useQuery(raceIndexQuery(source))
  const sort = useSortParam(params)
  if (championship.isPending) return <TablePlaceholder />
  if (championship.isError) {
    return <FileProblem error={championship.error} onRetry={() => void championship.refetch()} />
  }
  if (!championship.data) {
    return (
      <>
        <DocumentHead head={seasonHead(year, t)} />
        <NotFound
          title={t('seasonChampionship', { year })}
          message={t('seasonNotFound', { year, file: `seasons/${year}/championship.json` })}
        />
      </>
    )
  }
  const races = (index.data?.races ?? []).filter((race) => String(race.year) === year)
  return (
    <section className="season">
      <DocumentHead head={seasonHead(year, t)} />
      <h1>{t('seasonChampionship', { year })}</h1>
      <ChampionshipPanel championship={championship.data} {...sort} />
      {/* Not in prerendered HTML: drawn once the page is live, below the standings. */}
      <AfterHydration>
        <Suspense fallback={null}>
          <SeasonCharts year={year} />
        </Suspense>
      </AfterHydration>
      {races.length > 0 && (
        <nav aria-label={t('racesOfSeason', { year })}>
          <h2>{t('racesOfSeason', { year })}</h2>
          <ol className="race-chips">
            {races.map((race) => (
              <li key={race.race_id}>
                <Link to={{ ...VIEW_RESET, race: String(race.race_id) }}>
                  {race.round}. {race.gp_name}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </section>
  )
}
