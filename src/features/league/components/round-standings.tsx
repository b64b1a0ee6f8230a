import type { SortingState } from '@tanstack/react-table'
import { useMemo } from 'react'
import { DataTable } from '../../../components/tables/data-table.tsx'
import type { PointsMode } from '../calc/points.ts'
import type { StandingGroup } from '../calc/round.ts'
import type { RoundStandingRow } from '../calc/types.ts'
import { useLeagueT } from '../i18n/translate.ts'
import { LeagueLegend } from './markers.tsx'
import { roundStandingColumns } from './tables/standing-columns.tsx'

interface LeagueRoundStandingsProps {
  caption: string
  groups: StandingGroup[]
  mode: PointsMode
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

/** round_results: one table per division (one in all without divisions). */
export function LeagueRoundStandings(props: LeagueRoundStandingsProps) {
  const { caption, groups, mode, sorting, onSortingChange } = props
  const lt = useLeagueT()
  const columns = useMemo(() => roundStandingColumns(lt, mode), [lt, mode])
  return (
    <div className="league-standings">
      {groups.map((group) => (
        <section
          key={String(group.divisionId ?? 'all')}
          className="league-division"
          aria-label={group.divisionName ?? undefined}
        >
          {group.divisionName && <h3>{group.divisionName}</h3>}
          <DataTable<RoundStandingRow>
            caption={group.divisionName ? `${caption} — ${group.divisionName}` : caption}
            columns={columns}
            data={group.rows}
            getRowId={(row) => String(row.driver_id)}
            sorting={sorting}
            onSortingChange={onSortingChange}
            rowClassName={(row) =>
              row.position <= 3 ? `podium podium-${row.position}` : undefined
            }
          />
        </section>
      ))}
      <LeagueLegend items={['gained']} />
    </div>
  )
}
