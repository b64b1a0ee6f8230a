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
/** Points read biggest first; optional ones (absent for some drivers) sort last. */
const points = (id: string, headerText: string) =>
  ({ id, meta: { ...num, headerText }, sortDescFirst: true, sortUndefined: 'last' }) as const

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
      ...points('race', lt('colRacePoints')),
      cell: (c) => <Points value={c.getValue()} />,
    }),
    helper.accessor('fastest_lap_points', {
      ...points('fastest', lt('colFastestLapPoints')),
      cell: (c) => <Points value={c.getValue()} />,
    }),
    helper.accessor('pole_position_points', {
      ...points('pole', lt('colPolePoints')),
      cell: (c) => <Points value={c.getValue()} />,
    }),
  ]
  if (mode === 'round') {
    columns.push(
      helper.accessor((row) => row.round_points ?? undefined, {
        ...points('round', lt('colRoundPoints')),
        cell: (c) => <Points value={c.row.original.round_points} />,
      }),
    )
  }
  columns.push(
    helper.accessor('total_points', {
      ...points('total', lt('colTotal')),
      cell: (c) => (
        <strong>
          <Points value={c.getValue()} />
        </strong>
      ),
    }),
    helper.accessor((row) => row.total_positions_gained ?? undefined, {
      ...points('gained', lt('colGained')),
      cell: (c) => <PositionsGained value={c.row.original.total_positions_gained} />,
    }),
  )
  return columns
}
