import type { RowData } from '@tanstack/react-table'
import { TeamName } from '../cells.tsx'
import { columnHelper, type ResultsColumn } from './table-features.ts'

interface DriverRow {
  driver_name: string
  team: string
}

/** The pinned driver column and the team column (with its colour chip) of the export's rows. */
export function driverColumn<Row extends DriverRow & RowData>(): ResultsColumn<Row> {
  return columnHelper<Row>().accessor((row) => row.driver_name, {
    id: 'driver',
    meta: { sticky: true, label: 'colDriver' },
    sortFn: 'text',
  })
}

export function teamColumn<Row extends DriverRow & RowData>(): ResultsColumn<Row> {
  return columnHelper<Row>().accessor((row) => row.team, {
    id: 'team',
    meta: { label: 'colTeam' },
    sortFn: 'text',
    cell: (c) => <TeamName team={c.row.original.team} />,
  })
}
