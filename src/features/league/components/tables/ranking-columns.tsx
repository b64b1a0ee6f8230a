import { formatGap, formatLapTime } from '../../../../calc/lap-time.ts'
import { Marker, text } from '../../../../components/cells.tsx'
import { columnHelper, type ResultsColumn } from '../../../../components/tables/table-features.ts'
import type { RankingRow } from '../../calc/rankings.ts'
import { eventLabel, type LeagueTranslate } from '../../i18n/translate.ts'

/**
 * Cross-division rankings: the driver and division resolved from race_result_id, never the raw
 * id, except as the visible mark of an id that matches no result.
 */
const helper = columnHelper<RankingRow>()
const num = { numeric: true } as const
const last = { sortUndefined: 'last' as const }

function UnresolvedDriver({ id, lt }: { id: number; lt: LeagueTranslate }) {
  return (
    <span className="unresolved" title={lt('unresolvedLong', { id })}>
      <Marker kind="unresolved" label={lt('markUnresolved')}>
        ⚠
      </Marker>{' '}
      {lt('unresolved', { id })}
    </span>
  )
}

export function rankingColumns(lt: LeagueTranslate, divided: boolean): ResultsColumn<RankingRow>[] {
  const columns: ResultsColumn<RankingRow>[] = [
    helper.accessor('position', {
      id: 'pos',
      meta: { ...num, sticky: true, label: 'colPos' },
      cell: (c) => text(c.getValue()),
    }),
    helper.accessor((row) => row.resolved?.driverName ?? undefined, {
      id: 'driver',
      meta: { sticky: true, label: 'colDriver' },
      sortFn: 'text',
      ...last,
      cell: (c) => {
        const row = c.row.original
        if (!row.resolved) return <UnresolvedDriver id={row.raceResultId} lt={lt} />
        return text(row.resolved.driverName ?? `#${row.resolved.driverId}`)
      },
    }),
  ]
  if (divided) {
    columns.push(
      helper.accessor((row) => row.resolved?.divisionName ?? undefined, {
        id: 'division',
        meta: { headerText: lt('colDivision') },
        sortFn: 'text',
        ...last,
        cell: (c) => text(c.row.original.resolved?.divisionName),
      }),
    )
  }
  columns.push(
    helper.accessor('timeMs', {
      id: 'time',
      meta: { ...num, headerText: lt('colTime') },
      cell: (c) => text(formatLapTime(c.getValue())),
    }),
    helper.accessor((row) => row.gapMs ?? 0, {
      id: 'gap',
      meta: { ...num, label: 'colGap' },
      cell: (c) => text(formatGap(c.row.original.gapMs)),
    }),
    helper.accessor((row) => (row.resolved ? eventLabel(row.resolved.event, lt) : undefined), {
      id: 'event',
      meta: { headerText: lt('colEvent') },
      sortFn: 'text',
      ...last,
      cell: (c) => {
        const event = c.row.original.resolved?.event
        return text(event ? eventLabel(event, lt) : null)
      },
    }),
  )
  return columns
}
