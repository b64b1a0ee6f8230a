import { text } from '../../../../components/cells.tsx'
import { columnHelper, type ResultsColumn } from '../../../../components/tables/table-features.ts'
import type { PointsMode } from '../../calc/points.ts'
import type { RoundStandingRow } from '../../calc/types.ts'
import type { LeagueTranslate } from '../../i18n/translate.ts'
import { Points, PositionsGained } from '../markers.tsx'

/**
 * Round standings: the points that make a driver's round (seed 003 round_results). Round points
 * only show in round points mode, where they are what the total is made of.
 */
const helper = columnHelper<RoundStandingRow>()
const num = { numeric: true } as const

export function roundStandingColumns(
  lt: LeagueTranslate,
  mode: PointsMode,
): ResultsColumn<RoundStandingRow>[] {
  const columns: ResultsColumn<RoundStandingRow>[] = [
    helper.accessor('position', {
      id: 'pos',
      meta: { ...num, sticky: true, label: 'colPos' },
      cell: (c) => text(c.getValue()),
    }),
    helper.accessor('driver_name', {
      id: 'driver',
      meta: { sticky: true, label: 'colDriver' },
      sortFn: 'text',
    }),
    helper.accessor('race_points', {
      id: 'race',
      meta: { ...num, headerText: lt('colRacePoints') },
      sortDescFirst: true,
      cell: (c) => <Points value={c.getValue()} />,
    }),
    helper.accessor('fastest_lap_points', {
      id: 'fastest',
      meta: { ...num, headerText: lt('colFastestLapPoints') },
      sortDescFirst: true,
      cell: (c) => <Points value={c.getValue()} />,
    }),
    helper.accessor('pole_position_points', {
      id: 'pole',
      meta: { ...num, headerText: lt('colPolePoints') },
      sortDescFirst: true,
      cell: (c) => <Points value={c.getValue()} />,
    }),
  ]
  if (mode === 'round') {
    columns.push(
      helper.accessor((row) => row.round_points ?? undefined, {
        id: 'round',
        meta: { ...num, headerText: lt('colRoundPoints') },
        sortDescFirst: true,
        sortUndefined: 'last',
        cell: (c) => <Points value={c.row.original.round_points} />,
      }),
    )
  }
  columns.push(
    helper.accessor('total_points', {
      id: 'total',
      meta: { ...num, headerText: lt('colTotal') },
      sortDescFirst: true,
      cell: (c) => (
        <strong>
          <Points value={c.getValue()} />
        </strong>
      ),
    }),
    helper.accessor((row) => row.total_positions_gained ?? undefined, {
      id: 'gained',
      meta: { ...num, headerText: lt('colGained') },
      sortDescFirst: true,
      sortUndefined: 'last',
      cell: (c) => <PositionsGained value={c.row.original.total_positions_gained} />,
    }),
  )
  return columns
}
