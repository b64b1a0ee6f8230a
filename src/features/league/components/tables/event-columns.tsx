import { text } from '../../../../components/cells.tsx'
import { columnHelper, type ResultsColumn } from '../../../../components/tables/table-features.ts'
import type { EventResultRow } from '../../calc/round.ts'
import { parsePenalty } from '../../calc/time.ts'
import type { LeagueTranslate } from '../../i18n/translate.ts'
import { FastestLapMark, Points, PoleMark, PositionsGained, ResultStateLabel } from '../markers.tsx'

/**
 * Columns of a race event's results. A qualifier shows its lap as the time and the pole; a race
 * its race time, gap, fastest lap (◆ for the division's best), penalties and places gained.
 * Times keep the file's text; sorting uses milliseconds, empty values last.
 */
const helper = columnHelper<EventResultRow>()
const num = { numeric: true } as const
const last = { sortUndefined: 'last' as const }

function driverLabel(row: EventResultRow): string {
  return row.driverName ?? `#${row.result.driver_id}`
}

export function eventColumns(
  lt: LeagueTranslate,
  qualifier: boolean,
): ResultsColumn<EventResultRow>[] {
  const columns: ResultsColumn<EventResultRow>[] = [
    helper.accessor((row) => row.result.position ?? undefined, {
      id: 'pos',
      meta: { ...num, sticky: true, label: 'colPos' },
      ...last,
      cell: (c) => (
        <span className="pos">
          {text(c.row.original.result.position)}
          {qualifier && c.row.original.result.has_pole && <PoleMark />}
        </span>
      ),
    }),
    helper.accessor((row) => driverLabel(row), {
      id: 'driver',
      meta: { sticky: true, label: 'colDriver' },
      sortFn: 'text',
    }),
    helper.accessor((row) => row.timeMs ?? undefined, {
      id: 'time',
      meta: { ...num, headerText: lt(qualifier ? 'colQualifyingLap' : 'colRaceTime') },
      ...last,
      cell: (c) => {
        const { result } = c.row.original
        return text(qualifier ? result.fastest_lap : result.race_time)
      },
    }),
    helper.accessor((row) => row.gapMs ?? undefined, {
      id: 'gap',
      meta: { ...num, label: 'colGap' },
      ...last,
      cell: (c) => text(c.row.original.gap),
    }),
  ]
  if (!qualifier) {
    columns.push(
      helper.accessor((row) => row.fastestLapMs ?? undefined, {
        id: 'fastest',
        meta: { ...num, headerText: lt('colFastestLap') },
        ...last,
        cell: (c) => (
          <span className="pos">
            {text(c.row.original.result.fastest_lap)}
            {c.row.original.result.has_fastest_lap && <FastestLapMark />}
          </span>
        ),
      }),
      helper.accessor((row) => parsePenalty(row.result.penalties) || undefined, {
        id: 'penalties',
        meta: { ...num, headerText: lt('colPenalties') },
        ...last,
        sortDescFirst: true,
        cell: (c) => {
          const penalty = c.row.original.result.penalties
          return parsePenalty(penalty) ? lt('penaltySeconds', { s: penalty ?? '' }) : text(null)
        },
      }),
      helper.accessor((row) => row.result.positions_gained ?? undefined, {
        id: 'gained',
        meta: { ...num, headerText: lt('colGained') },
        ...last,
        sortDescFirst: true,
        cell: (c) => <PositionsGained value={c.row.original.result.positions_gained} />,
      }),
    )
  }
  columns.push(
    helper.accessor((row) => (row.state === 'pending' ? undefined : row.result.race_points), {
      id: 'points',
      meta: { ...num, label: 'colPoints' },
      ...last,
      sortDescFirst: true,
      cell: (c) => {
        const row = c.row.original
        return <Points value={row.state === 'pending' ? null : row.result.race_points} />
      },
    }),
    helper.accessor((row) => (row.state === 'finished' ? undefined : row.state), {
      id: 'status',
      meta: { label: 'colStatus' },
      sortFn: 'text',
      ...last,
      cell: (c) => <ResultStateLabel state={c.row.original.state} />,
    }),
  )
  return columns
}
