import type { RowData } from '@tanstack/react-table'
import type { ResultsColumn } from './table-features.ts'

/**
 * Marks the columns not named in `key` (groups and their columns included) as "more": a narrow
 * table hides them until the reader asks for every column (narrow-tables.css).
 */
export function withPriority<Row extends RowData>(
  columns: ResultsColumn<Row>[],
  key: ReadonlySet<string>,
): ResultsColumn<Row>[] {
  return columns.map((column) => {
    const id = column.id ?? ('accessorKey' in column ? String(column.accessorKey) : '')
    const priority = key.has(id) ? 'key' : 'more'
    const marked = { ...column, meta: { ...column.meta, priority } } as ResultsColumn<Row>
    return 'columns' in column && column.columns
      ? { ...marked, columns: withPriority(column.columns as ResultsColumn<Row>[], key) }
      : marked
  })
}
