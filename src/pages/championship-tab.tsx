import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import type { SortingState } from '@tanstack/react-table'
import type { ChampionshipFile } from '../calc/export-types.ts'
import { ChampionshipPanel } from '../components/championship-panel.tsx'
import { FileProblem } from '../components/file-problem.tsx'
import { RoundStandingsPanel } from '../components/round-standings-panel.tsx'
import { TablePlaceholder } from '../components/table-placeholder.tsx'
import { useI18n } from '../i18n/i18n.tsx'
import { useWeekendT } from '../i18n/weekend-messages.ts'
import { championshipQuery } from '../loaders/race-queries.ts'
import { standingsAfterQuery } from '../loaders/v33-queries.ts'
import { useDataSource } from './data-source.ts'

interface ChampionshipTabProps {
  year: number
  raceId: string
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
  csvName: string[]
}

/**
 * The Championnat tab of a race: the standings after that round (rounds.json); without it, the
 * season file under its own date, never presented as the standings after this race.
 */
export function ChampionshipTab({ year, raceId, ...sort }: ChampionshipTabProps) {
  const source = useDataSource()
  const rounds = useQuery(standingsAfterQuery(source, year, raceId))
  const after = rounds.data ?? null
  // The season file is read only when the round's standings are not there to show.
  const championship = useQuery({
    ...championshipQuery(source, year),
    enabled: !rounds.isPending && after == null,
  })
  if (rounds.isPending) return <TablePlaceholder />
  if (after) return <RoundStandingsPanel standings={after} {...sort} />
  return (
    <>
      {rounds.error != null && (
        <FileProblem error={rounds.error} onRetry={() => void rounds.refetch()} />
      )}
      <SeasonStandings year={year} championship={championship} sort={sort} />
    </>
  )
}

function SeasonStandings({
  year,
  championship,
  sort,
}: {
  year: number
  championship: UseQueryResult<ChampionshipFile | null>
  sort: Omit<ChampionshipTabProps, 'year' | 'raceId'>
}) {
  const { t, date } = useI18n()
  const wt = useWeekendT()
  if (championship.error != null) {
    return <FileProblem error={championship.error} onRetry={() => void championship.refetch()} />
  }
  if (championship.isPending) return <TablePlaceholder />
  if (!championship.data) {
    const file = `seasons/${year}/championship.json`
    return <p className="note">{t('seasonNotFound', { year, file })}</p>
  }
  return (
    <>
      <h3>{wt('standingsAsOf', { date: date(championship.data.updated_at.slice(0, 10)) })}</h3>
      <p className="note">{wt('standingsAsOfNote')}</p>
      <ChampionshipPanel championship={championship.data} {...sort} />
    </>
  )
}
