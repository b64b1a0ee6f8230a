import type { SortingState } from '@tanstack/react-table'
import { useMemo } from 'react'
import { DataTable } from '../../../components/tables/data-table.tsx'
import type { EventDivisionGroup, EventResultRow } from '../calc/round.ts'
import type { LeagueRaceEvent } from '../calc/types.ts'
import { useLeagueT } from '../i18n/translate.ts'
import { LeagueLegend, type LeagueLegendItem } from './markers.tsx'
import { eventColumns } from './tables/event-columns.tsx'

interface LeagueEventPanelProps {
  event: LeagueRaceEvent
  /** "Course 1 · Sprint — Manche 2 · Monza" */
  caption: string
  groups: EventDivisionGroup[]
  /** The round has divisions: results without one get a "no division" heading. */
  divided: boolean
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

function podiumClass(row: EventResultRow): string | undefined {
  const position = row.result.position
  if (position == null || position > 3 || row.state !== 'finished') return undefined
  return `podium podium-${position}`
}

export function divisionLabel(
  group: { divisionId: number | null; divisionName: string | null },
  divided: boolean,
  lt: ReturnType<typeof useLeagueT>,
): string | null {
  if (group.divisionName) return group.divisionName
  if (group.divisionId != null) return `${lt('division')} ${group.divisionId}`
  return divided ? lt('noDivision') : null
}

/**
 * One race event: a table per division (positions are per division), each with its own heading.
 * A pending race says so above its tables; its rows are in provisional order by time.
 */
export function LeagueEventPanel(props: LeagueEventPanelProps) {
  const { event, caption, groups, divided, sorting, onSortingChange } = props
  const lt = useLeagueT()
  const columns = useMemo(() => eventColumns(lt, event.is_qualifier), [lt, event.is_qualifier])
  const rows = groups.flatMap((group) => group.rows)
  if (rows.length === 0) return <p className="empty">{lt('emptyEvent')}</p>
  const pending = rows.some((row) => row.state === 'pending')
  const legend: LeagueLegendItem[] = event.is_qualifier ? ['pole'] : ['fastest', 'gained', 'states']
  if (pending) legend.push('provisional')
  return (
    <div className="league-event">
      {pending && (
        <p className="league-note league-provisional" role="note">
          {lt('provisionalNote')}
        </p>
      )}
      {groups.map((group) => {
        const division = divisionLabel(group, divided, lt)
        const key = String(group.divisionId ?? 'none')
        return (
          <section key={key} className="league-division" aria-label={division ?? undefined}>
            {division && <h3>{division}</h3>}
            <DataTable<EventResultRow>
              caption={division ? `${caption} — ${division}` : caption}
              columns={columns}
              data={group.rows}
              getRowId={(row) => row.key}
              sorting={sorting}
              onSortingChange={onSortingChange}
              rowClassName={podiumClass}
            />
          </section>
        )
      })}
      <LeagueLegend items={legend} />
    </div>
  )
}
