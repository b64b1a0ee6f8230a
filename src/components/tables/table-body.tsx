import { FlexRender, type Row, type RowData, type RowModel } from '@tanstack/react-table'
import { useI18n } from '../../i18n/i18n.tsx'
import type { Features } from './table-features.ts'

interface TableRowProps<Data extends RowData> {
  row: Row<Features, Data>
  /** Column id → its index among the pinned columns. */
  sticky: Map<string, number>
  className: string | undefined
  unreadable: ((row: Data, columnId: string) => string | undefined) | undefined
}

interface TableBodyProps<Data extends RowData> {
  table: { getRowModel: () => RowModel<Features, Data> }
  sticky: Map<string, number>
  rowClassName: ((row: Data) => string | undefined) | undefined
  unreadable: TableRowProps<Data>['unreadable']
}

/** The body: the sorted rows are computed here, in a component apart from the table's set-up. */
export function TableBody<Data extends RowData>({
  table,
  sticky,
  rowClassName,
  unreadable,
}: TableBodyProps<Data>) {
  return (
    <tbody>
      {table.getRowModel().rows.map((row) => (
        <TableRow
          key={row.id}
          row={row}
          sticky={sticky}
          className={rowClassName?.(row.original)}
          unreadable={unreadable}
        />
      ))}
    </tbody>
  )
}

/**
 * One body row of a results table. A component of its own, not a loop inside the table: React
 * can pause between rows, so hydrating a 20-row table is many short tasks instead of one.
 */
function TableRow<Data extends RowData>({
  row,
  sticky,
  className,
  unreadable,
}: TableRowProps<Data>) {
  const { t } = useI18n()
  return (
    <tr className={className}>
      {row.getAllCells().map((cell) => {
        const meta = cell.column.columnDef.meta
        const problem = unreadable?.(row.original, cell.column.id)
        return (
          <td key={cell.id} className={cellClass(meta, sticky.get(cell.column.id))}>
            {problem ? (
              <span className="unreadable" title={problem}>
                {t('unreadable')}
              </span>
            ) : (
              <FlexRender cell={cell} />
            )}
          </td>
        )
      })}
    </tr>
  )
}

/**
 * "num" for figures; "sticky sticky-1" / "sticky sticky-2" for the columns pinned on the left;
 * "col-more" for a column a narrow table hides until asked (data-table.css).
 */
export function cellClass(
  meta: { numeric?: boolean; priority?: 'key' | 'more' } | undefined,
  stickyIndex?: number,
): string | undefined {
  const sticky = stickyIndex === undefined ? '' : `sticky sticky-${Math.min(stickyIndex + 1, 2)}`
  const more = meta?.priority === 'more' ? 'col-more' : ''
  const names = [meta?.numeric ? 'num' : '', sticky, more].filter(Boolean).join(' ')
  return names || undefined
}
