import type { SortingState } from '@tanstack/react-table'
import { useMemo } from 'react'
import { DataTable } from '../../../components/tables/data-table.tsx'
import type { RankingKind, RankingRow } from '../calc/rankings.ts'
import type { LeagueMessageKey } from '../i18n/messages.ts'
import { useLeagueT } from '../i18n/translate.ts'
import { LeagueLegend } from './markers.tsx'
import { rankingColumns } from './tables/ranking-columns.tsx'

export interface RankingTable {
  kind: RankingKind
  rows: RankingRow[]
}

interface LeagueRankingsPanelProps {
  tables: RankingTable[]
  /** The round has divisions: show each driver's division, titles say "all divisions". */
  divided: boolean
  /** Set when a division filter hides the others (positions stay cross-division). */
  filteredDivision: string | null
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

const TITLES: Record<RankingKind, [LeagueMessageKey, LeagueMessageKey]> = {
  qualifying_results: ['rankingQualifying', 'rankingQualifyingSingle'],
  race_time_results: ['rankingRaceTime', 'rankingRaceTimeSingle'],
  fastest_lap_results: ['rankingFastestLap', 'rankingFastestLapSingle'],
}

/** qualifying_results, race_time_results, fastest_lap_results: one table each. */
export function LeagueRankingsPanel(props: LeagueRankingsPanelProps) {
  const { tables, divided, filteredDivision, sorting, onSortingChange } = props
  const lt = useLeagueT()
  const columns = useMemo(() => rankingColumns(lt, divided), [lt, divided])
  const unresolved = tables.some((table) => table.rows.some((row) => !row.resolved))
  return (
    <div className="league-rankings">
      {filteredDivision && (
        <p className="league-note">{lt('rankingFiltered', { division: filteredDivision })}</p>
      )}
      {tables.map(({ kind, rows }) => {
        const [all, single] = TITLES[kind]
        const title = lt(divided ? all : single)
        return (
          <section key={kind} className="league-ranking" aria-label={title}>
            <h3>{title}</h3>
            {rows.length === 0 ? (
              <p className="empty">{lt('rankingEmpty')}</p>
            ) : (
              <DataTable<RankingRow>
                caption={title}
                columns={columns}
                data={rows}
                getRowId={(row) => `${row.position}-${row.raceResultId}`}
                sorting={sorting}
                onSortingChange={onSortingChange}
                rowClassName={(row) => (row.resolved ? undefined : 'unresolved-row')}
              />
            )}
          </section>
        )
      })}
      <LeagueLegend items={unresolved ? ['unresolved'] : []} />
    </div>
  )
}
