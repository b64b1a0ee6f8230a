import {
  functionalUpdate,
  type Header,
  type HeaderGroup,
  type RowData,
  type SortingState,
  type Updater,
  useTable,
} from '@tanstack/react-table'
import { type RefObject, useLayoutEffect, useRef, useState } from 'react'
import { useI18n } from '../../i18n/i18n.tsx'
import { ColumnToggle } from './column-toggle.tsx'
import { cellClass, TableBody } from './table-body.tsx'
import { type Features, features, type ResultsColumn } from './table-features.ts'

interface DataTableProps<Row extends RowData> {
  caption: string
  columns: ResultsColumn<Row>[]
  data: Row[]
  /** A key unique in the table; the index makes duplicated ids in a broken file harmless. */
  getRowId: (row: Row, index: number) => string
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
  rowClassName?: (row: Row) => string | undefined
  /** Offers a CSV download of the table as shown, named after these parts (race, tab). */
  csvName?: string[]
  /** The problem when a value this cell shows was unreadable in the file (row-level salvage). */
  unreadable?: (row: Row, columnId: string) => string | undefined
}

/**
 * A results table: real <table> markup with a caption and column headers, sortable by the header
 * buttons (aria-sort tells the current order), sticky header row and sticky first columns.
 */
export function DataTable<Row extends RowData>(props: DataTableProps<Row>) {
  const { caption, columns, data, getRowId, sorting, onSortingChange, rowClassName, csvName } =
    props
  const { unreadable } = props
  const { t } = useI18n()
  const tableRef = useRef<HTMLTableElement>(null)
  // On a narrow table the "more" columns wait for a tap (CSS hides them: the first paint is right).
  const [allColumns, setAllColumns] = useState(false)
  const table = useTable(
    {
      features,
      columns,
      data,
      getRowId,
      state: { sorting },
      onSortingChange: (updater: Updater<SortingState>) =>
        onSortingChange(functionalUpdate(updater, sorting)),
      enableMultiSort: false,
      // Positions and times read best first: ascending on the first click (points opt out).
      sortDescFirst: false,
    },
    (state) => state.sorting,
  )
  // The CSV code loads on the first click: the first view does not need it.
  const download = () => {
    const table = tableRef.current
    if (!table || !csvName) return
    void import('./table-csv.ts').then(
      (module) => module.downloadTable(table, csvName),
      () => undefined,
    )
  }
  usePinnedOffset(tableRef)
  const leafColumns = table.getAllLeafColumns()
  const sticky = stickyIndexes(
    leafColumns.map((column) => column.id),
    (id) => leafColumns.find((column) => column.id === id)?.columnDef.meta?.sticky === true,
  )
  const more = leafColumns.filter((column) => column.columnDef.meta?.priority === 'more').length
  return (
    <div
      className={['data-table', more > 0 && 'has-more', allColumns && 'all-columns']
        .filter(Boolean)
        .join(' ')}
    >
      {(csvName || more > 0) && (
        <div className="table-tools">
          {more > 0 && <ColumnToggle count={more} pressed={allColumns} onToggle={setAllColumns} />}
          {csvName && (
            <button type="button" className="tool" onClick={download}>
              {t('downloadCsv')}
            </button>
          )}
        </div>
      )}
      <div className="table-scroll">
        <table className="results" ref={tableRef}>
          <caption>{caption}</caption>
          <thead>
            <HeaderRows table={table} sticky={sticky} />
          </thead>
          <TableBody
            table={table}
            sticky={sticky}
            rowClassName={rowClassName}
            unreadable={unreadable}
          />
        </table>
      </div>
    </div>
  )
}

/**
 * The second pinned column (driver) sits right after the first (position): its left offset is the
 * first one's measured width, kept up to date as fonts, data or the viewport change.
 */
function usePinnedOffset(tableRef: RefObject<HTMLTableElement | null>) {
  useLayoutEffect(() => {
    const table = tableRef.current
    if (!table) return
    const update = () => {
      const first = table.querySelector<HTMLElement>('thead tr:last-child .sticky-1')
      table.style.setProperty('--pinned-offset', `${first?.offsetWidth ?? 0}px`)
    }
    // No first read here: the observer reports the table's size with the frame's own layout,
    // before it paints, where a read in this effect forced a layout inside the hydration task.
    const observer = new ResizeObserver(update)
    observer.observe(table)
    return () => observer.disconnect()
  }, [tableRef])
}

function stickyIndexes(
  columnIds: string[],
  isSticky: (id: string) => boolean,
): Map<string, number> {
  const indexes = new Map<string, number>()
  for (const id of columnIds) if (isSticky(id)) indexes.set(id, indexes.size)
  return indexes
}

/**
 * The header rows: a component of their own so that React can pause between building the table
 * (the parent) and its header groups, each some tens of milliseconds at 4× CPU while hydrating.
 */
function HeaderRows<Row extends RowData>({
  table,
  sticky,
}: {
  table: { getHeaderGroups: () => HeaderGroup<Features, Row>[] }
  sticky: Map<string, number>
}) {
  return table.getHeaderGroups().map((group) => (
    <tr key={group.id}>
      {group.headers.map((header) => (
        <HeaderCell key={header.id} header={header} stickyIndex={sticky.get(header.column.id)} />
      ))}
    </tr>
  ))
}

function HeaderCell<Row extends RowData>({
  header,
  stickyIndex,
}: {
  header: Header<Features, Row, unknown>
  stickyIndex: number | undefined
}) {
  const { t } = useI18n()
  const meta = header.column.columnDef.meta
  const label = meta?.headerText ?? (meta?.label ? t(meta.label) : header.column.id)
  const className = cellClass(meta, header.isPlaceholder ? undefined : stickyIndex)
  if (header.isPlaceholder) return <th colSpan={header.colSpan} className={className} />
  if (header.subHeaders.length > 0) {
    return (
      <th
        colSpan={header.colSpan}
        scope="colgroup"
        className={meta?.priority === 'more' ? 'group col-more' : 'group'}
      >
        {meta?.title ?? label}
      </th>
    )
  }
  const sorted = header.column.getIsSorted()
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
  if (!header.column.getCanSort()) {
    return (
      <th scope="col" className={className} title={meta?.title}>
        {label}
      </th>
    )
  }
  return (
    <th scope="col" className={className} aria-sort={ariaSort} title={meta?.title}>
      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
        <span>{label}</span>
        <span aria-hidden="true" className="sort-mark">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  )
}
